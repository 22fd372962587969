"""The read-only SPARQL guard, the time limit and result cap, and the result formats."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import (
    BlankNode,
    DefaultGraph,
    Literal,
    NamedNode,
    Quad,
    QueryResultsFormat,
    parse_query_results,
)

from kg.errors import StoreError
from kg.sparql import (
    GRAPH_FORMATS,
    AskResult,
    GraphResult,
    NotAcceptable,
    QueryRefused,
    QuerySyntaxError,
    QueryTimeout,
    SelectResult,
    answer_query,
    check_query,
    negotiate,
    run_query,
    serialize_result,
)
from kg.store import EmbeddedStore, RemoteStore, Store
from tests.conftest import IRIS, load_samples
from tests.oxigraph_server import empty_oxigraph_url, oxigraph_url  # noqa: F401
from tests.test_api import SLOW

SUPPORTS = (
    "PREFIX kgo: <https://kg.example.org/ontology#> "
    "SELECT ?s ?o WHERE { GRAPH ?g { ?s kgo:supports ?o } }"
)


@pytest.mark.parametrize(
    ("query", "form"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
        ("PREFIX x: <http://x/> ASK { ?s x:p ?o }", "ASK"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("DESCRIBE <http://x/a>", "DESCRIBE"),
        # "SERVICE" and "DROP" inside strings and comments are not clauses.
        ('SELECT * WHERE { ?s ?p "SERVICE <http://x/> DROP ALL" } # SERVICE', "SELECT"),
    ],
)
def test_check_query_forms(query: str, form: str) -> None:
    assert check_query(query) == form


@pytest.mark.parametrize(
    "query",
    [
        "DROP ALL",
        "CLEAR DEFAULT",
        "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "LOAD <http://example.org/data.ttl>",
        "PREFIX x: <http://x/> WITH <http://x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    ],
)
def test_check_query_refuses_updates(query: str) -> None:
    with pytest.raises(QueryRefused, match="read-only"):
        check_query(query)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://other.example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE SILENT ?where { ?s ?q ?r } } }",
        "ASK { { SELECT * WHERE { service <http://127.0.0.1:7878/query> { ?s ?p ?o } } } }",
    ],
)
def test_check_query_refuses_service(query: str) -> None:
    with pytest.raises(QueryRefused, match="SERVICE"):
        check_query(query)


@pytest.mark.parametrize("query", ["", " \n", "SELECT", "hello", "SELECT * WHERE { ?s ?p }"])
def test_check_query_syntax_errors(query: str) -> None:
    with pytest.raises(QuerySyntaxError, match="Not a SPARQL query"):
        check_query(query)


@pytest.mark.parametrize(
    ("accept", "form", "expected"),
    [
        (None, "SELECT", "application/sparql-results+json"),
        ("*/*", "CONSTRUCT", "text/turtle"),
        ("application/json", "SELECT", "application/sparql-results+json"),
        ("text/*", "SELECT", "text/csv"),
        ("text/csv;q=0.2, text/tab-separated-values;q=0.8", "SELECT", "text/tab-separated-values"),
        ("application/xml", "ASK", "application/sparql-results+xml"),
        ("application/n-triples, text/turtle;q=0.5", "DESCRIBE", "application/n-triples"),
        ("text/plain", "CONSTRUCT", "application/n-triples"),
        ("application/ld+json", "CONSTRUCT", "application/ld+json"),
        ("text/html, */*;q=0.1", "SELECT", "application/sparql-results+json"),
    ],
)
def test_negotiate(accept: str | None, form: str, expected: str) -> None:
    assert negotiate(accept, form) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("accept", "form"),
    [("text/csv", "ASK"), ("text/turtle", "SELECT"), ("text/csv", "CONSTRUCT"), ("*/*;q=0", "ASK")],
)
def test_negotiate_not_acceptable(accept: str, form: str) -> None:
    with pytest.raises(NotAcceptable, match="Available: ") as info:
        negotiate(accept, form)  # type: ignore[arg-type]
    assert info.value.choices


X = "http://x/"
ROWS = SelectResult(
    ("s", "o"),
    [
        (NamedNode(X + "a"), Literal('tab\there, "quoted"\nnewline')),
        (BlankNode("b0"), Literal("chat", language="fr")),
        (
            NamedNode(X + "c"),
            Literal("3", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
        ),
        (NamedNode(X + "d"), None),
    ],
)


@pytest.mark.parametrize(
    ("media_type", "format"),
    [
        ("application/sparql-results+json", QueryResultsFormat.JSON),
        ("application/sparql-results+xml", QueryResultsFormat.XML),
        ("text/tab-separated-values", QueryResultsFormat.TSV),
    ],
)
def test_results_round_trip(media_type: str, format: QueryResultsFormat) -> None:
    data = serialize_result(ROWS, media_type)
    parsed = list(parse_query_results(data, format=format))  # type: ignore[arg-type]
    assert [(row["s"], row["o"]) for row in parsed] == ROWS.rows


def test_results_json_shape() -> None:
    body = json.loads(serialize_result(ROWS, "application/sparql-results+json"))
    assert body["head"] == {"vars": ["s", "o"]}
    bindings = body["results"]["bindings"]
    assert bindings[1]["o"] == {"type": "literal", "value": "chat", "xml:lang": "fr"}
    assert bindings[1]["s"] == {"type": "bnode", "value": "b0"}
    assert bindings[2]["o"]["datatype"].endswith("#integer")
    assert "o" not in bindings[3]


def test_results_csv() -> None:
    data = serialize_result(ROWS, "text/csv").decode()
    rows = list(csv.reader(io.StringIO(data, newline="")))
    assert rows[0] == ["s", "o"]
    assert rows[1] == [X + "a", 'tab\there, "quoted"\nnewline']
    assert rows[2] == ["_:b0", "chat"]
    assert rows[4] == [X + "d", ""]
    assert data.endswith("\r\n")


def test_boolean_and_graph_results() -> None:
    assert json.loads(serialize_result(AskResult(False), "application/sparql-results+json")) == {
        "head": {},
        "boolean": False,
    }
    assert b"<boolean>true</boolean>" in serialize_result(
        AskResult(True), "application/sparql-results+xml"
    )
    from pyoxigraph import Triple

    triples = GraphResult([Triple(NamedNode(X + "a"), NamedNode(X + "p"), Literal("v"))])
    for media_type in GRAPH_FORMATS:
        assert X.encode() in serialize_result(triples, media_type), media_type


# running queries, on both stores


@pytest.fixture(
    params=[
        pytest.param("embedded", id="embedded"),
        pytest.param("remote", id="remote", marks=pytest.mark.remote),
    ]
)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    chosen: Store
    if request.param == "embedded":
        chosen = EmbeddedStore(tmp_path / "store", iris=IRIS)
    else:
        chosen = RemoteStore(request.getfixturevalue("empty_oxigraph_url"), iris=IRIS)
    load_samples(chosen)
    yield chosen
    chosen.close()


def test_run_select(store: Store) -> None:
    result = run_query(store, SUPPORTS)
    assert isinstance(result, SelectResult)
    assert result.variables == ("s", "o")
    assert set(result.rows) == {
        (NamedNode(IRIS.actor("iran")), NamedNode(IRIS.actor("kataib-hezbollah")))
    }
    assert not result.truncated


def test_run_caps_results(store: Store) -> None:
    result = run_query(store, "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", max_results=5)
    assert isinstance(result, SelectResult)
    assert (len(result.rows), result.truncated) == (5, True)
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
    triples = run_query(store, construct, max_results=4)
    assert isinstance(triples, GraphResult)
    assert (len(triples.triples), triples.truncated) == (4, True)


def test_run_ask_and_graphs(store: Store) -> None:
    assert run_query(store, "ASK { GRAPH ?g { ?s ?p ?o } }") == AskResult(True)
    graph = IRIS.article_graph("a2")
    result = run_query(
        store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", named_graphs=[graph]
    )
    assert isinstance(result, SelectResult)
    assert result.rows == [(NamedNode(graph),)]
    ask = "ASK { ?s ?p ?o }"
    assert run_query(store, ask, default_graphs=[graph]) == AskResult(True)


def test_run_time_limit(store: Store) -> None:
    with pytest.raises(QueryTimeout, match=r"time limit of 0\.2 s"):
        run_query(store, SLOW, timeout=0.2)


def test_answer_query(store: Store) -> None:
    answer = answer_query(store, SUPPORTS, accept="text/csv", max_results=10)
    assert answer.media_type == "text/csv"
    assert answer.content.decode().splitlines()[0] == "s,o"
    assert not answer.truncated
    with pytest.raises(NotAcceptable):
        answer_query(store, SUPPORTS, accept="text/turtle")


def test_the_store_rejects_what_rdflib_accepts(store: Store) -> None:
    # Valid grammar, but an unknown prefix: caught by the store's own parser.
    with pytest.raises(QuerySyntaxError, match="rejects the query"):
        run_query(store, "SELECT * WHERE { ?s nope:p ?o }")


def test_embedded_default_graph_is_the_union(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store", iris=IRIS)
    store.oxigraph.add(Quad(NamedNode(X + "a"), NamedNode(X + "p"), Literal("1"), DefaultGraph()))
    load_samples(store)
    result = run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert isinstance(result, SelectResult)
    assert int(result.rows[0][0].value) > 1
    store.close()


def test_remote_failures_are_store_errors() -> None:
    store = RemoteStore("http://127.0.0.1:9/query", iris=IRIS, timeout=1)
    with pytest.raises(StoreError, match="Cannot reach"):
        run_query(store, "ASK {}")
    store.close()


def test_run_waits_for_a_free_slot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import kg.sparql

    store = EmbeddedStore(tmp_path / "store", iris=IRIS)
    monkeypatch.setattr(kg.sparql, "_RUNNING", threading.BoundedSemaphore(1))
    kg.sparql._RUNNING.acquire()  # a query still running
    with pytest.raises(QueryTimeout, match="queries running"):
        run_query(store, "ASK {}", timeout=0.1)
    kg.sparql._RUNNING.release()
    assert run_query(store, "ASK {}", timeout=1) == AskResult(True)
    store.close()
