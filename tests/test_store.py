"""The quad store: each behaviour on the embedded store and on a real Oxigraph server."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
from collections.abc import Generator, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Triple, parse

from kg.errors import RemoteStoreError, StoreError
from kg.rdf import article_quads
from kg.store import EmbeddedStore, RemoteStore, Store, _update_url, open_store
from kg.vocab import KGO, PREFIXES
from tests.conftest import IRIS, load_samples, sample_articles
from tests.oxigraph_server import empty_oxigraph_url, free_port, oxigraph_url  # noqa: F401
from tests.virtuoso_server import empty_virtuoso, virtuoso  # noqa: F401

XSD_DATE = NamedNode(PREFIXES["xsd"] + "date")
XSD_DECIMAL = NamedNode(PREFIXES["xsd"] + "decimal")
A1_GRAPH = IRIS.article_graph("a1")
A2_GRAPH = IRIS.article_graph("a2")


def _quads_of(article_id: str) -> list[Quad]:
    for article, assertions in sample_articles():
        if article.id == article_id:
            return article_quads(article, assertions, IRIS)
    raise AssertionError(f"no sample article {article_id}")


def _as_stored(quad: Quad) -> Quad:
    """Return ``quad`` as Oxigraph gives it back: decimals in canonical form ("0.80" -> "0.8")."""
    obj = quad.object
    if isinstance(obj, Literal) and obj.datatype == XSD_DECIMAL:
        canonical = Literal(str(Decimal(obj.value).normalize()), datatype=XSD_DECIMAL)
        return Quad(quad.subject, quad.predicate, canonical, quad.graph_name)
    return quad


def _all_sample_quads() -> set[Quad]:
    return {
        _as_stored(q)
        for article, assertions in sample_articles()
        for q in article_quads(article, assertions, IRIS)
    }


@pytest.fixture
def remote_url(request: pytest.FixtureRequest) -> str:
    """The URL of the module's oxigraph server, emptied for this test."""
    url: str = request.getfixturevalue("empty_oxigraph_url")
    return url


@pytest.fixture(
    params=[
        pytest.param("embedded"),
        pytest.param("remote", marks=pytest.mark.remote),
        pytest.param("virtuoso", marks=pytest.mark.remote),
    ]
)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty store of each backend: on disk in tmp_path, on a real oxigraph server, or
    on a real Virtuoso server."""
    backend: Store
    if request.param == "embedded":
        backend = EmbeddedStore(tmp_path / "store", iris=IRIS)
    elif request.param == "virtuoso":
        server = request.getfixturevalue("empty_virtuoso")
        backend = RemoteStore(server.query_url, iris=IRIS, **server.store_options())
    else:
        backend = RemoteStore(request.getfixturevalue("remote_url"), iris=IRIS)
    yield backend
    backend.close()


# --- writing and dropping graphs -------------------------------------------------------


def test_replace_graph_writes_the_graph_and_is_idempotent(store: Store) -> None:
    quads = _quads_of("a1")
    store.replace_graph(A1_GRAPH, quads)
    assert store.count() == len(set(quads))
    assert store.graphs() == [A1_GRAPH]

    store.replace_graph(A1_GRAPH, quads)

    assert store.count() == len(set(quads))
    assert store.graphs() == [A1_GRAPH]


def test_replace_graph_drops_what_the_new_content_lacks(store: Store) -> None:
    quads = _quads_of("a1")
    store.replace_graph(A1_GRAPH, quads)
    kept = quads[:5]

    store.replace_graph(A1_GRAPH, kept)

    assert store.count() == 5
    assert set(store.quads()) == {_as_stored(q) for q in kept}


def test_replace_graph_keeps_the_other_graphs(store: Store) -> None:
    load_samples(store)
    a2_count = len(set(_quads_of("a2")))

    store.replace_graph(A1_GRAPH, _quads_of("a1")[:3])

    assert store.count() == a2_count + 3


def test_replace_graph_keeps_awkward_literals(store: Store) -> None:
    graph = NamedNode(A1_GRAPH)
    subject = NamedNode(IRIS.actor("x"))
    predicate = NamedNode(KGO.sentence)
    literals = [
        Literal('He said "no" \\ then\nleft.\r\tCôte d’Ivoire 🙂'),
        Literal("a path C:\\u0022 that looks like an escape"),
        Literal("'''\"\"\""),
        Literal("Téhéran", language="fr"),
        Literal("0.8", datatype=XSD_DECIMAL),
    ]
    quads = [Quad(subject, predicate, literal, graph) for literal in literals]

    store.replace_graph(A1_GRAPH, quads)

    assert set(store.quads()) == set(quads)


def test_drop_graph_removes_exactly_that_graph(store: Store) -> None:
    load_samples(store)
    before = store.count()
    a1_count = len(set(_quads_of("a1")))

    assert store.drop_graph(A1_GRAPH) is True

    assert store.count() == before - a1_count
    assert store.graphs() == [A2_GRAPH]
    assert {q.graph_name for q in store.quads()} == {NamedNode(A2_GRAPH)}


def test_drop_graph_returns_false_for_a_missing_graph(store: Store) -> None:
    load_samples(store)
    before = store.count()

    assert store.drop_graph(IRIS.article_graph("nope")) is False
    assert store.drop_graph(A1_GRAPH) is True
    assert store.drop_graph(A1_GRAPH) is False
    assert store.count() == before - len(set(_quads_of("a1")))


# --- reading ---------------------------------------------------------------------------


def test_graphs_and_article_ids(store: Store) -> None:
    load_samples(store)
    gazetteer = NamedNode(IRIS.gazetteer_graph)
    store.replace_graph(
        IRIS.gazetteer_graph,
        [Quad(NamedNode(IRIS.actor("iran")), NamedNode(KGO.country), Literal("IRN"), gazetteer)],
    )

    assert store.graphs() == sorted([A1_GRAPH, A2_GRAPH, IRIS.gazetteer_graph])
    assert store.article_ids() == ["a1", "a2"]
    assert store.has_graph(A2_GRAPH) is True
    assert store.has_graph(IRIS.article_graph("a3")) is False


def test_select_returns_terms_and_leaves_unbound_variables_out(store: Store) -> None:
    load_samples(store)

    rows = store.select(
        f"""
        PREFIX kgo: <{KGO}>
        SELECT ?s ?o ?date WHERE {{
          GRAPH ?g {{
            ?a kgo:relation kgo:attacked ; kgo:subject ?s ; kgo:object ?o .
            OPTIONAL {{ ?a kgo:eventDate ?date }}
          }}
        }}
        """
    )

    assert len(rows) == 4
    dated = [row for row in rows if "date" in row]
    assert dated == [
        {
            "s": NamedNode(IRIS.actor("united-states")),
            "o": NamedNode(IRIS.actor("kataib-hezbollah")),
            "date": Literal("2024-01-23", datatype=XSD_DATE),
        }
    ]
    undated = [row for row in rows if "date" not in row]
    assert all(set(row) == {"s", "o"} for row in undated)
    assert all(isinstance(row["s"], NamedNode) for row in rows)


def test_select_rejects_an_ask_query(store: Store) -> None:
    with pytest.raises(StoreError, match="Not a SELECT query"):
        store.select("ASK { ?s ?p ?o }")


def test_construct_returns_triples(store: Store) -> None:
    load_samples(store)

    triples = set(
        store.construct(
            f"""
            PREFIX kgo: <{KGO}>
            CONSTRUCT {{ ?s kgo:attacked ?o }} WHERE {{ GRAPH ?g {{ ?s kgo:attacked ?o }} }}
            """
        )
    )

    attacked = NamedNode(KGO.attacked)
    assert triples == {
        Triple(NamedNode(IRIS.actor(s)), attacked, NamedNode(IRIS.actor(o)))
        for s, o in [
            ("united-states", "kataib-hezbollah"),
            ("united-states", "houthis"),
            ("united-kingdom", "houthis"),
        ]
    }


def test_count_counts_the_distinct_quads(store: Store) -> None:
    assert store.count() == 0

    load_samples(store)

    expected = _all_sample_quads()
    assert len(expected) > 50
    assert store.count() == len(expected)
    assert set(store.quads()) == expected


def test_count_includes_the_default_graph(store: Store) -> None:
    load_samples(store)
    before = store.count()
    triple = (NamedNode(IRIS.actor("iran")), NamedNode(KGO.country), Literal("IRN"))
    if isinstance(store, EmbeddedStore):
        store.oxigraph.add(Quad(*triple, DefaultGraph()))
    else:
        assert isinstance(store, RemoteStore)
        insert = f"INSERT DATA {{ {triple[0]} {triple[1]} {triple[2]} }}"
        if store.engine == "virtuoso":
            # Virtuoso has no default graph of its own to write to (it reads the union).
            with pytest.raises(RemoteStoreError, match="No plain default graph"):
                store.update(insert)
            return
        store.update(insert)

    assert store.count() == before + 1
    assert Quad(*triple, DefaultGraph()) in set(store.quads())


def test_dump_nquads_parses_back_to_the_same_quads(store: Store) -> None:
    load_samples(store)
    output = io.BytesIO()

    store.dump(output, RdfFormat.N_QUADS)

    parsed = list(parse(output.getvalue(), format=RdfFormat.N_QUADS))
    assert len(parsed) == store.count()
    assert set(parsed) == _all_sample_quads()


def _restore(store: Store, dump: bytes) -> None:
    """Load an N-Quads dump into a store, graph by graph."""
    graphs: dict[str, list[Quad]] = {}
    for quad in parse(dump, format=RdfFormat.N_QUADS):
        assert isinstance(quad.graph_name, NamedNode)
        graphs.setdefault(quad.graph_name.value, []).append(quad)
    store.bulk_replace_graphs(graphs.items())


def test_a_dump_restores_into_another_store_and_back(store: Store, tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "source", iris=IRIS) as source:
        load_samples(source)
        dump = io.BytesIO()
        source.dump(dump, RdfFormat.N_QUADS)

    _restore(store, dump.getvalue())

    assert set(store.quads()) == _all_sample_quads()
    assert store.article_ids() == ["a1", "a2"]
    again = io.BytesIO()
    store.dump(again, RdfFormat.N_QUADS)
    with EmbeddedStore(tmp_path / "copy", iris=IRIS) as copy:
        _restore(copy, again.getvalue())
        assert set(copy.quads()) == _all_sample_quads()


def test_dump_turtle_writes_the_union_of_the_graphs(store: Store) -> None:
    load_samples(store)
    output = io.BytesIO()

    store.dump(output, RdfFormat.TURTLE)

    assert output.getvalue().startswith(b"@prefix ")
    parsed = {
        Triple(q.subject, q.predicate, q.object)
        for q in parse(output.getvalue(), format=RdfFormat.TURTLE)
    }
    assert parsed == {Triple(q.subject, q.predicate, q.object) for q in _all_sample_quads()}


def test_a_bad_query_raises_store_error(store: Store) -> None:
    expected = "Query failed" if isinstance(store, EmbeddedStore) else "answered 400"

    with pytest.raises(StoreError, match=expected):
        store.select("SELEC ?s WHERE { ?s ?p ?o }")
    with pytest.raises(StoreError, match=expected):
        list(store.construct("CONSTRUCT { ?s ?p } WHERE { ?s ?p ?o }"))


def test_update_runs_a_sparql_update(store: Store) -> None:
    quads = _quads_of("a1")
    store.replace_graph(A1_GRAPH, quads)
    typed = sum(1 for q in set(quads) if q.predicate.value.endswith("#type"))

    store.update(f"INSERT DATA {{ GRAPH <{A2_GRAPH}> {{ <urn:x:s> <urn:x:p> <urn:x:o> }} }}")
    store.update(f"DELETE WHERE {{ GRAPH <{A1_GRAPH}> {{ ?s a ?type }} }}")

    assert A2_GRAPH in store.graphs()
    assert Quad(
        NamedNode("urn:x:s"), NamedNode("urn:x:p"), NamedNode("urn:x:o"), NamedNode(A2_GRAPH)
    ) in set(store.quads())
    assert store.count() == len(set(quads)) - typed + 1


def test_a_bad_update_raises_store_error(store: Store) -> None:
    expected = "Update failed" if isinstance(store, EmbeddedStore) else "answered 400"

    with pytest.raises(StoreError, match=expected):
        store.update("INSERT DATUM { <urn:x:s> <urn:x:p> <urn:x:o> }")


def test_quads_are_read_lazily(store: Store) -> None:
    for article, assertions in sample_articles():
        store.replace_graph(
            IRIS.article_graph(article.id), article_quads(article, assertions, IRIS)
        )
    quads = store.quads()

    first = next(quads)
    if isinstance(quads, Generator):
        quads.close()  # stops reading: the remote store's response is closed

    assert first in _all_sample_quads()
    assert store.count() == len(_all_sample_quads())  # the store is usable after


# --- opening ---------------------------------------------------------------------------


def test_open_store_picks_the_embedded_store_for_a_path(tmp_path: Path) -> None:
    with open_store(tmp_path / "kg-data", iris=IRIS) as store:
        assert isinstance(store, EmbeddedStore)
        assert store.location == str(tmp_path / "kg-data")
        assert store.iris is IRIS
    assert (tmp_path / "kg-data").is_dir()


def test_open_store_picks_the_remote_store_for_a_url() -> None:
    with open_store("http://127.0.0.1:7878", iris=IRIS) as store:
        assert isinstance(store, RemoteStore)
        assert store.query_url == "http://127.0.0.1:7878/query"
        assert store.update_url == "http://127.0.0.1:7878/update"


def test_open_store_reads_kg_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KG_STORE", "https://sparql.example.org/ds/query")
    with open_store() as remote:
        assert isinstance(remote, RemoteStore)
        assert remote.update_url == "https://sparql.example.org/ds/update"
    monkeypatch.setenv("KG_STORE", str(tmp_path / "env-store"))
    with open_store() as embedded:
        assert isinstance(embedded, EmbeddedStore)
        assert embedded.location == str(tmp_path / "env-store")


@pytest.mark.parametrize(
    ("url", "query_url", "update_url"),
    [
        ("http://h:7878", "http://h:7878/query", "http://h:7878/update"),
        ("http://h:7878/", "http://h:7878/query", "http://h:7878/update"),
        ("http://h:3030/ds/query", "http://h:3030/ds/query", "http://h:3030/ds/update"),
        ("http://h:3030/ds/query/", "http://h:3030/ds/query/", "http://h:3030/ds/update"),
        (
            "https://h/blazegraph/sparql",
            "https://h/blazegraph/sparql",
            "https://h/blazegraph/sparql",
        ),
    ],
)
def test_update_url_derivation(url: str, query_url: str, update_url: str) -> None:
    assert _update_url(url) == (query_url, update_url)


def test_kg_store_update_overrides_the_derived_update_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_STORE_UPDATE", "http://h/statements")
    with RemoteStore("http://h/sparql") as store:
        assert isinstance(store, RemoteStore)
        assert (store.query_url, store.update_url) == ("http://h/sparql", "http://h/statements")


# --- embedded store: the lock ----------------------------------------------------------


def test_a_second_embedded_store_on_the_same_folder_raises(tmp_path: Path) -> None:
    with (
        EmbeddedStore(tmp_path / "store"),
        pytest.raises(StoreError, match=r"Cannot open the store at .*already open in this process"),
    ):
        EmbeddedStore(tmp_path / "store")


def test_a_store_held_by_another_process_raises(tmp_path: Path) -> None:
    holder = textwrap.dedent(
        f"""
        import sys
        from pyoxigraph import Store
        store = Store({str(tmp_path / "store")!r})
        print("ready", flush=True)
        sys.stdin.readline()
        """
    )
    with subprocess.Popen(
        [sys.executable, "-c", holder],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None
        assert process.stdin is not None
        try:
            assert process.stdout.readline().strip() == "ready"
            with pytest.raises(StoreError, match=r"in use by another process .*POST /articles"):
                EmbeddedStore(tmp_path / "store")
        finally:
            process.stdin.close()
            process.wait(timeout=10)


def test_a_closed_embedded_store_can_be_opened_again(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store", iris=IRIS)
    load_samples(store)
    count = store.count()
    store.close()

    store = EmbeddedStore(tmp_path / "store", iris=IRIS)

    assert store.count() == count
    assert store.article_ids() == ["a1", "a2"]
    store.close()
    store.close()  # closing twice is harmless


def test_a_closed_embedded_store_refuses_work(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    store.close()

    with pytest.raises(StoreError, match="is closed"):
        store.count()


def test_an_embedded_store_flushes_its_memory_tables_as_it_is_written(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    quads = _quads_of("a1")
    # A replacement counts for its quads and 500 more: the third one passes the mark.
    store = EmbeddedStore(folder, iris=IRIS, flush_every=3 * (len(quads) + 500))

    class Counting:
        """The engine, with its flushes counted (RocksDB's own compactions merge and
        remove table files in the background, so the files on disk are no fair count)."""

        def __init__(self, engine: Any) -> None:
            self.engine = engine
            self.flushes = 0

        def flush(self) -> None:
            self.flushes += 1
            self.engine.flush()

        def __len__(self) -> int:
            return len(self.engine)

        def __getattr__(self, name: str) -> Any:
            return getattr(self.engine, name)

    counting = Counting(store.oxigraph)
    store._store = counting  # type: ignore[assignment]
    store.replace_graph(A1_GRAPH, quads)
    store.replace_graph(A2_GRAPH, quads)
    assert counting.flushes == 0  # in memory (and the write-ahead log) only
    store.replace_graph(A1_GRAPH, quads)
    assert counting.flushes == 1
    held = store.count()
    store._store = counting.engine
    del counting  # the engine closes with its last reference
    store.close()
    # what was written is there for the next to open the store
    assert EmbeddedStore(folder, iris=IRIS, read_only=True).count() == held


def test_replacing_graphs_over_and_over_does_not_grow_the_process(tmp_path: Path) -> None:
    # Unflushed, each replacement of a graph of 400 quads grew the process by about
    # 0.5 MB (RocksDB's memory tables): 250 of them by some 140 MB.
    writer = textwrap.dedent(
        f"""
        from pyoxigraph import Literal, NamedNode, Quad
        from kg.store import EmbeddedStore

        def rss():
            with open("/proc/self/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) * 1024

        store = EmbeddedStore({str(tmp_path / "store")!r})
        ex = "http://example.org/"
        sizes = []
        for write in range(300):
            graph = f"{{ex}}graph/{{write % 3}}"
            store.replace_graph(graph, [
                Quad(NamedNode(f"{{ex}}s{{i}}"), NamedNode(f"{{ex}}p{{i % 5}}"),
                     Literal(f"sentence {{i}} of write {{write}}"), NamedNode(graph))
                for i in range(400)
            ])
            if write in (49, 299):
                sizes.append(rss())
        print(sizes[1] - sizes[0])
        store.close()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", writer], capture_output=True, text=True, check=True, timeout=120
    )
    growth = int(result.stdout)
    assert growth < 30 * 2**20, f"grew by {growth / 2**20:.0f} MB over 250 writes"


# --- remote store: failures ------------------------------------------------------------


def test_a_remote_store_on_a_closed_port_raises() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    with RemoteStore(url, timeout=5.0) as store:
        with pytest.raises(RemoteStoreError, match=r"Cannot reach the SPARQL endpoint .*/query"):
            store.count()
        with pytest.raises(RemoteStoreError, match=r"Cannot reach the SPARQL endpoint .*/update"):
            store.replace_graph(A1_GRAPH, _quads_of("a1"))


@pytest.mark.remote
def test_a_remote_endpoint_error_raises_remote_store_error(remote_url: str) -> None:
    with RemoteStore(remote_url + "/no-such-endpoint", iris=IRIS) as store:
        with pytest.raises(RemoteStoreError, match=r"/no-such-endpoint answered 404"):
            store.graphs()
        with pytest.raises(RemoteStoreError, match=r"/no-such-endpoint answered 404"):
            store.replace_graph(A1_GRAPH, _quads_of("a1"))
