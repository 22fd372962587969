"""Ingest on a real Dask LocalCluster: the same store as a single-process ingest.

One LocalCluster (two worker processes of one thread) serves the module. The reference
is a single-process ingest of the same articles (``Pipeline.ingest``) into an embedded
store; every cluster ingest is compared with it: the same articles, the same quads in
every article graph, the gazetteer and curation graphs, and the same exports. The
ontology graph is compared by size, as its blank nodes are new on every write.

The tests marked ``slow`` (``pytest -m slow``) repeat the worker kill on Virtuoso and
change the corrections during an ingest; ``make test`` runs the others.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from pyoxigraph import BlankNode, NamedNode, Quad
from typer.testing import CliRunner

from kg.cli import app
from kg.cluster import (
    ClusterError,
    ClusterProgress,
    connect,
    ingest_on_cluster,
    partition_length,
)
from kg.curation import add_alias, merge_actors, read_corrections, retype_actor
from kg.export import export
from kg.ingest import read_articles
from kg.pipeline import Pipeline
from kg.store import EmbeddedStore, RemoteStore, Store
from tests.oxigraph_server import empty_oxigraph_url, oxigraph_url  # noqa: F401
from tests.virtuoso_server import VirtuosoServer, empty_virtuoso, virtuoso  # noqa: F401

pytestmark = [pytest.mark.model, pytest.mark.cluster]

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
#: Seven stories of the examples: enough tasks for a worker to die in the middle.
CORPUS = sorted(EXAMPLES.glob("*.jsonl"))[:7]
EXPORTS = ("graphml", "gexf", "d3", "csv", "cytoscape")
runner = CliRunner(env={"KG_STORE": None, "KG_MODEL": None, "KG_STORE_UPDATE": None})


def corrections(store: Store) -> None:
    """Corrections made before an ingest: every worker must apply them."""
    merge_actors(store, "united-states", "united-kingdom")
    add_alias(store, "houthis", "Yemen's rebels")
    retype_actor(store, "hamas", "ArmedGroup")


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address="127.0.0.1:0",
            host="127.0.0.1",
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Iterator[Store]:
    """The examples ingested by one process."""
    store = EmbeddedStore(tmp_path_factory.mktemp("reference") / "store")
    pipeline.ingest(store, read_articles(CORPUS))
    yield store
    store.close()


@pytest.fixture(scope="module")
def curated_reference(
    tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline
) -> Iterator[Store]:
    """The examples ingested by one process after the corrections."""
    store = EmbeddedStore(tmp_path_factory.mktemp("curated") / "store")
    corrections(store)
    pipeline.ingest(store, read_articles(CORPUS))
    yield store
    store.close()


def _comparable(store: Store) -> tuple[set[Quad], int]:
    """The quads without blank nodes (the ontology's), and how many have one.

    The curation graph is left out: its records are named and dated when made.
    """
    kept, blank = set(), 0
    curation = NamedNode(store.iris.curation_graph)
    for quad in store.quads():
        if quad.graph_name == curation:
            continue
        if isinstance(quad.subject, BlankNode) or isinstance(quad.object, BlankNode):
            blank += 1
        else:
            kept.add(quad)
    return kept, blank


def _canonical(value: Any) -> Any:
    """A JSON value with its lists sorted: the order of nodes and edges is the store's."""
    if isinstance(value, dict):
        return {key: _canonical(item) for key, item in value.items()}
    if isinstance(value, list):
        return sorted((_canonical(item) for item in value), key=lambda v: json.dumps(v))
    return value


def _exports(store: Store) -> dict[str, Any]:
    """Each export, read back and put in order (a store lists actors in its own order)."""
    outputs: dict[str, Any] = {}
    for name in EXPORTS:
        output = io.BytesIO()
        export(store, name, output)
        data = output.getvalue()
        if name in ("graphml", "gexf"):
            read = nx.read_graphml if name == "graphml" else nx.read_gexf
            graph = read(io.BytesIO(data))
            outputs[name] = (
                sorted((n, sorted(d.items())) for n, d in graph.nodes(data=True)),
                sorted(
                    (u, v, sorted((k, str(x)) for k, x in d.items()))
                    for u, v, d in graph.edges(data=True)
                ),
            )
        elif name == "csv":
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                outputs[name] = {
                    member: sorted(archive.read(member).decode().splitlines())
                    for member in archive.namelist()
                }
        else:
            outputs[name] = _canonical(json.loads(data))
    return outputs


def assert_same_store(store: Store, reference: Store) -> None:
    assert store.article_ids() == reference.article_ids()
    assert store.graphs() == reference.graphs()
    quads, blank = _comparable(store)
    expected, expected_blank = _comparable(reference)
    assert quads == expected
    assert blank == expected_blank
    assert store.count() == reference.count()
    assert len(read_corrections(store)) == len(read_corrections(reference))
    assert _exports(store) == _exports(reference)


def test_kg_ingest_on_a_running_scheduler_applies_the_corrections(
    client: Any, curated_reference: Store, pipeline: Pipeline, tmp_path: Path
) -> None:
    location = tmp_path / "store"
    with EmbeddedStore(location) as store:
        corrections(store)
    address = client.scheduler.address
    paths = [str(path) for path in CORPUS]
    result = runner.invoke(app, ["ingest", *paths, "--store", str(location), "--cluster", address])
    assert result.exit_code == 0, result.output
    assert f"cluster {address}: 2 workers" in result.output
    assert f"ingested {len(curated_reference.article_ids())} articles" in result.output
    with EmbeddedStore(location) as store:
        # The workers handed back what they extracted with the corrections.
        assert_same_store(store, curated_reference)
        assert "united-kingdom" not in {q.subject.value.rsplit("/", 1)[-1] for q in store.quads()}
    # Without the merge, the Red Sea story has the United Kingdom attack the Houthis.
    uncurated = pipeline.extract(read_articles([EXAMPLES / "red-sea-houthi-ship-attack.jsonl"]))
    subjects = {a.subject.actor.id for _, found in uncurated for a in found}
    assert "united-kingdom" in subjects


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("local:none", "local:N needs a number of workers"),
        ("127.0.0.1:8786", "Not a cluster address"),
    ],
)
def test_a_bad_cluster_address_is_a_usage_error(address: str, message: str) -> None:
    with pytest.raises(ClusterError, match=message), connect(address):
        pass
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--cluster", address])
    assert result.exit_code == 2
    assert message in result.output


@pytest.mark.parametrize(
    ("articles", "threads", "most", "length"),
    [
        (40, 2, 16, 5),  # 8 tasks, 4 a worker, not 16 + 16 + 8
        (1000, 2, 16, 16),  # a large input keeps the size asked for
        (1000, 64, 16, 4),
        (3, 2, 16, 1),
        (0, 2, 16, 1),
        (40, 0, 16, 10),  # no thread known yet: taken as one
    ],
)
def test_small_inputs_are_cut_so_that_every_worker_gets_several_partitions(
    articles: int, threads: int, most: int, length: int
) -> None:
    assert partition_length(articles, threads, most) == length


@pytest.mark.skipif(sys.platform != "linux", reason="glibc's mallopt")
@pytest.mark.parametrize(
    ("environ", "tuned"), [({"MALLOC_TRIM_THRESHOLD_": "65536"}, True), ({}, False)]
)
def test_a_worker_started_by_dasks_nanny_gets_its_mmap_threshold_back(
    environ: dict[str, str], tuned: bool
) -> None:
    code = "from kg.cluster import heap_for_large_blocks; print(heap_for_large_blocks())"
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_TRIM_THRESHOLD_"} | environ
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == str(tuned)


def test_processes_and_cluster_do_not_go_together() -> None:
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "-j", "2", "--cluster", "local:2"])
    assert result.exit_code == 2
    assert "--processes is for a local ingest" in result.output


@pytest.mark.remote
@pytest.mark.parametrize("engine", ["oxigraph", pytest.param("virtuoso", marks=pytest.mark.slow)])
def test_a_worker_killed_during_ingest_loses_and_duplicates_nothing(
    client: Any, curated_reference: Store, engine: str, request: pytest.FixtureRequest
) -> None:
    if engine == "oxigraph":
        store = RemoteStore(request.getfixturevalue("empty_oxigraph_url"))
    else:
        server: VirtuosoServer = request.getfixturevalue("empty_virtuoso")
        store = RemoteStore(server.query_url, **server.store_options())
    before = client.run(os.getpid)
    killed: list[int] = []

    def kill_a_busy_worker(progress: ClusterProgress) -> None:
        if killed:
            return
        busy = [address for address, keys in client.processing().items() if keys]
        if busy:
            killed.append(before[busy[0]])
            os.kill(before[busy[0]], signal.SIGKILL)

    with store:
        corrections(store)  # in the shared store: every worker applies them
        # The workers write the graphs; one article a task, so that the killed worker
        # leaves tasks behind (written or not) for the other one to run again.
        report = ingest_on_cluster(
            client,
            store,
            read_articles(CORPUS),
            partition_size=1,
            on_progress=kill_a_busy_worker,
        )
        assert killed, "no worker was busy after the first article"
        assert killed[0] not in client.run(os.getpid).values()
        assert not report.skipped
        assert report.articles == len(curated_reference.article_ids())
        assert_same_store(store, curated_reference)
        if engine == "virtuoso":
            # Again on the filled store: every graph is replaced, nothing is added.
            ingest_on_cluster(client, store, read_articles(CORPUS), partition_size=4)
            assert_same_store(store, curated_reference)


@pytest.mark.remote
def test_every_worker_killed_at_once_loses_nothing(
    client: Any, curated_reference: Store, request: pytest.FixtureRequest
) -> None:
    """The workers holding the curated gazetteer all die: it is sent again, not lost."""
    url: str = request.getfixturevalue("empty_oxigraph_url")
    before = client.run(os.getpid)
    killed: list[int] = []

    def kill_every_worker(progress: ClusterProgress) -> None:
        if not killed:
            killed.extend(before.values())
            for pid in killed:
                os.kill(pid, signal.SIGKILL)

    with RemoteStore(url) as store:
        corrections(store)
        report = ingest_on_cluster(
            client, store, read_articles(CORPUS), partition_size=1, on_progress=kill_every_worker
        )
        assert killed
        assert not set(killed) & set(client.run(os.getpid).values())
        assert not report.skipped
        assert report.articles == len(curated_reference.article_ids())
        assert_same_store(store, curated_reference)


@pytest.mark.slow
def test_a_cluster_ingest_into_the_embedded_store_equals_a_local_one(
    client: Any, reference: Store, tmp_path: Path
) -> None:
    seen: list[ClusterProgress] = []
    with EmbeddedStore(tmp_path / "store") as store:
        report = ingest_on_cluster(
            client, store, read_articles(CORPUS), partition_size=3, on_progress=seen.append
        )
        assert report.articles == len(reference.article_ids())
        assert not report.skipped
        assert seen[-1].done == seen[-1].total == report.articles
        assert seen[-1].failed == 0
        assert len(seen[-1].workers) == 2  # both workers parsed
        assert_same_store(store, reference)


@pytest.mark.slow
def test_corrections_made_during_an_ingest_reach_the_workers(
    client: Any, curated_reference: Store, tmp_path: Path
) -> None:
    made: list[bool] = []

    def correct_once(_: ClusterProgress) -> None:
        if not made:
            corrections(store)
            made.append(True)

    with EmbeddedStore(tmp_path / "store") as store:
        ingest_on_cluster(
            client,
            store,
            read_articles(CORPUS),
            partition_size=2,
            window=1,
            curation_interval=0.0,
            on_progress=correct_once,
        )
        # The partitions after the first were extracted with the corrections: ingest
        # the first one again, and the store is the curated reference.
        assert _comparable(store)[0] != _comparable(curated_reference)[0]
        first = [a for a in read_articles(CORPUS) if not isinstance(a, Exception)][:2]
        ingest_on_cluster(client, store, first, partition_size=2)
        assert_same_store(store, curated_reference)


@pytest.mark.slow
def test_kg_ingest_on_a_local_cluster_it_starts(reference: Store, tmp_path: Path) -> None:
    location = tmp_path / "store"
    paths = [str(path) for path in CORPUS]
    result = runner.invoke(
        app, ["ingest", *paths, "--store", str(location), "--cluster", "local:1"]
    )
    assert result.exit_code == 0, result.output
    assert "cluster local:1: 1 workers" in result.output
    with EmbeddedStore(location) as store:
        assert_same_store(store, reference)
