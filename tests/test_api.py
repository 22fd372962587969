"""The read endpoints, on the embedded store and on a real ``oxigraph serve``."""

from __future__ import annotations

import gc
import io
import re
import socket
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest
import uvicorn
from pyoxigraph import NamedNode, QueryResultsFormat, RdfFormat, parse, parse_query_results

from api.main import create_app
from api.settings import Settings
from kg.rdf import actor_quads
from kg.store import EmbeddedStore, RemoteStore, Store
from tests.conftest import IRIS, load_samples
from tests.oxigraph_server import clear_oxigraph, oxigraph_url  # noqa: F401
from tests.test_query import GAZETTEER
from tests.virtuoso_server import VirtuosoServer, clear_virtuoso, virtuoso  # noqa: F401

if TYPE_CHECKING:
    from fastapi.testclient import TestClient


def fill(store: Store) -> None:
    """Write the sample articles and the gazetteer."""
    load_samples(store)
    graph = NamedNode(IRIS.gazetteer_graph)
    store.replace_graph(
        IRIS.gazetteer_graph, [q for actor in GAZETTEER for q in actor_quads(actor, graph, IRIS)]
    )


def make_store(path: Path) -> Path:
    """Fill a store folder with the samples and the gazetteer, and release it."""
    store = EmbeddedStore(path, iris=IRIS)
    fill(store)
    store.close()
    # close() only flushes: RocksDB's lock goes with the object, and the app must open
    # the folder itself.
    del store
    gc.collect()
    return path


def settings_for(location: Path | str, **kwargs: Any) -> Settings:
    return Settings(**{"store": str(location), "base_iri": IRIS.base, "cors_origins": [], **kwargs})


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("api") / "store")


@pytest.fixture(scope="module")
def remote_url(oxigraph_url: str) -> str:  # noqa: F811
    clear_oxigraph(oxigraph_url)
    with RemoteStore(oxigraph_url, iris=IRIS) as store:
        fill(store)
    return oxigraph_url


@pytest.fixture(scope="module")
def virtuoso_url(virtuoso: VirtuosoServer) -> Iterator[str]:  # noqa: F811
    """The Virtuoso server's SPARQL endpoint, holding the samples; its settings in the
    environment (update endpoint and credentials) while the module runs."""
    clear_virtuoso(virtuoso)
    options = virtuoso.store_options()
    with RemoteStore(virtuoso.query_url, iris=IRIS, **options) as store:
        fill(store)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KG_STORE_UPDATE", options["update_url"])
        patch.setenv("KG_STORE_USER", options["user"])
        patch.setenv("KG_STORE_PASSWORD", options["password"])
        yield virtuoso.query_url


@pytest.fixture(
    scope="module",
    params=[
        pytest.param("embedded", id="embedded"),
        pytest.param("remote", id="remote", marks=pytest.mark.remote),
        pytest.param("virtuoso", id="virtuoso", marks=pytest.mark.remote),
    ],
)
def client(request: pytest.FixtureRequest) -> Iterator[TestClient]:
    """A client of the app on the embedded store, on a real oxigraph server, then on a
    real Virtuoso server."""
    from fastapi.testclient import TestClient

    fixture = {"embedded": "store_path", "remote": "remote_url", "virtuoso": "virtuoso_url"}
    location = request.getfixturevalue(fixture[request.param])
    with TestClient(create_app(settings_for(location))) as client:
        yield client


@pytest.fixture(scope="module")
def embedded(store_path: Path) -> Iterator[TestClient]:
    """A client of the app on the embedded store only (for what does not depend on it)."""
    from fastapi.testclient import TestClient

    with TestClient(create_app(settings_for(store_path))) as client:
        yield client


def assert_error(response: httpx.Response, status: int, type: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"type", "message", "detail"}
    assert body["error"]["type"] == type
    error: dict[str, Any] = body["error"]
    return error


def pages(client: TestClient, path: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Follow next_cursor to the end; return every item."""
    items: list[dict[str, Any]] = []
    cursor = None
    for _ in range(50):
        body = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})})
        assert body.status_code == 200, body.text
        items += body.json()["items"]
        cursor = body.json()["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError("the cursors do not end")


# /health


def test_health(client: TestClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert body["store"]
    del body["store"]
    assert body == {"status": "ok", "version": "0.1.0", "articles": 2, "nodes": 5, "edges": 4}


def test_store_not_open_is_503(store_path: Path) -> None:
    from fastapi.testclient import TestClient

    # Without `with`, the lifespan does not run: the store is never opened.
    response = TestClient(create_app(settings_for(store_path))).get("/health")
    error = assert_error(response, 503, "StoreError")
    assert error["message"] == "The store is not open"


# /actors


def test_search(client: TestClient) -> None:
    response = client.get("/actors", params={"q": "hezbollah", "limit": 3})
    assert response.status_code == 200
    body = response.json()
    assert (body["count"], body["limit"]) == (3, 3)
    assert body["next_cursor"]
    assert body["items"] == [
        {"id": "hezbollah", "label": "Hezbollah", "type": "ArmedGroup", "country": "LBN"},
        {
            "id": "islamic-resistance",
            "label": "Islamic Resistance in Lebanon",
            "type": "ArmedGroup",
            "country": "LBN",
        },
        {
            "id": "hezbollah-brigades",
            "label": "Hezbollah Brigades",
            "type": "ArmedGroup",
            "country": "IRQ",
        },
    ]


def test_search_filters_and_pages(client: TestClient) -> None:
    response = client.get("/actors", params={"type": "State", "country": "usa"})
    assert [a["id"] for a in response.json()["items"]] == ["united-states"]
    everything = [a["id"] for a in pages(client, "/actors", {"q": "hezbollah", "limit": 2})]
    assert everything == [
        "hezbollah",
        "islamic-resistance",
        "hezbollah-brigades",
        "nujaba",
        "kataib-hezbollah",
    ]


def test_search_cursor_is_stable(client: TestClient) -> None:
    cursor = client.get("/actors", params={"limit": 3}).json()["next_cursor"]
    first = client.get("/actors", params={"limit": 3, "cursor": cursor}).json()
    again = client.get("/actors", params={"limit": 3, "cursor": cursor}).json()
    assert first == again
    assert [a["id"] for a in first["items"]] == ["houthis", "iran", "islamic-resistance"]


def test_search_without_q_lists_everyone(client: TestClient) -> None:
    body = client.get("/actors").json()
    assert body["count"] == 10
    assert body["limit"] == 20
    assert body["next_cursor"] is None


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 201},
        {"limit": "many"},
        {"type": "Planet"},
        {"country": "United States"},
        {"cursor": "not-a-cursor"},
        {"cursor": "x" * 2001},
    ],
)
def test_search_bad_parameters_are_422(embedded: TestClient, params: dict[str, object]) -> None:
    response = embedded.get("/actors", params=params)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["type"] in ("RequestValidationError", "InvalidCursor")
    assert error["message"]


def test_bad_cursor_is_named(embedded: TestClient) -> None:
    error = assert_error(embedded.get("/actors", params={"cursor": "abc"}), 422, "InvalidCursor")
    assert error["detail"] == {"cursor": "abc"}
    assert "next_cursor" in error["message"]


def test_search_limit_bounds_are_inclusive(embedded: TestClient) -> None:
    assert embedded.get("/actors", params={"limit": 1}).json()["count"] == 1
    assert embedded.get("/actors", params={"limit": 200}).status_code == 200


def test_actor(client: TestClient) -> None:
    response = client.get("/actors/united-states")
    assert response.status_code == 200
    assert response.json() == {
        "id": "united-states",
        "label": "United States",
        "type": "State",
        "country": "USA",
        "labels": ["United States"],
        "aliases": ["US", "Washington"],
        "wikidata": "Q30",
        "same_as": ["http://www.wikidata.org/entity/Q30"],
        "part_of": [],
        "leads": [],
        "degree": 2,
        "in_degree": 0,
        "out_degree": 2,
        "top_relations": [{"relation": "attacked", "direction": "out", "edges": 2, "evidence": 3}],
    }


def test_actor_part_of(client: TestClient) -> None:
    body = client.get("/actors/centcom").json()
    assert body["part_of"] == ["united-states"]
    assert body["degree"] == 0


@pytest.mark.parametrize(
    "path",
    [
        "/actors/atlantis",
        "/actors/atlantis/relations",
        "/actors/atlantis/neighbors",
        "/relations?subject=atlantis",
        "/relations?object=atlantis",
        "/relations/atlantis|attacked|iran/evidence",
        "/paths?from=iran&to=atlantis",
        "/timeline?actor=atlantis",
    ],
)
def test_unknown_actor_is_404_with_the_id(client: TestClient, path: str) -> None:
    error = assert_error(client.get(path), 404, "ActorNotFound")
    assert error["detail"] == {"id": "atlantis"}
    assert "'atlantis'" in error["message"]


# /actors/{id}/relations


def test_relations(client: TestClient) -> None:
    response = client.get("/actors/kataib-hezbollah/relations")
    assert response.status_code == 200
    body = response.json()
    assert (body["actor"], body["direction"], body["count"], body["next_cursor"]) == (
        "kataib-hezbollah",
        "both",
        2,
        None,
    )
    assert body["items"][0] == {
        "id": "united-states|attacked|kataib-hezbollah",
        "subject": "united-states",
        "relation": "attacked",
        "object": "kataib-hezbollah",
        "evidence": 2,
        "sources": 2,
        "articles": ["a1", "a2"],
        "first_date": "2024-01-23",
        "last_date": "2024-02-03",
        "confidence": 0.8,
        "modalities": ["asserted"],
    }
    assert body["items"][1]["subject"] == "iran"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"direction": "out"}, []),
        ({"direction": "in", "relation": "supports"}, [("iran", "supports")]),
        ({"relation": "attacked"}, [("united-states", "attacked")]),
        (
            {"relation": ["attacked", "supports"]},
            [("united-states", "attacked"), ("iran", "supports")],
        ),
        ({"since": "2024-02-01"}, [("united-states", "attacked")]),
        ({"until": "2024-01-23"}, [("united-states", "attacked")]),
        ({"since": "2024-03-01"}, []),
        ({"modality": "alleged"}, []),
        ({"modality": "asserted", "min_sources": 2}, [("united-states", "attacked")]),
        ({"min_confidence": 0.9}, []),
        ({"min_confidence": 0.8}, [("united-states", "attacked"), ("iran", "supports")]),
    ],
)
def test_relations_filters(
    client: TestClient, params: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    body = client.get("/actors/kataib-hezbollah/relations", params=params).json()
    assert [(e["subject"], e["relation"]) for e in body["items"]] == expected


def test_relations_pages(client: TestClient) -> None:
    items = pages(client, "/actors/houthis/relations", {"limit": 1})
    assert [e["subject"] for e in items] == ["united-kingdom", "united-states"]


def test_relations_of_an_actor_without_edges(client: TestClient) -> None:
    body = client.get("/actors/centcom/relations").json()
    assert (body["count"], body["items"]) == (0, [])


@pytest.mark.parametrize(
    "params",
    [
        {"relation": "bombed"},
        {"direction": "sideways"},
        {"since": "yesterday"},
        {"since": "2024-02-01", "until": "2024-01-01"},
        {"modality": "rumoured"},
        {"min_confidence": 1.5},
        {"min_sources": 0},
        {"limit": 1001},
    ],
)
def test_relations_bad_parameters_are_422(embedded: TestClient, params: dict[str, str]) -> None:
    response = embedded.get("/actors/iran/relations", params=params)
    error = assert_error(response, 422, "RequestValidationError")
    assert next(iter(params)) in str(error["message"])


# /relations


def test_all_relations(client: TestClient) -> None:
    items = pages(client, "/relations", {"limit": 3})
    assert [e["id"] for e in items] == [
        "united-states|attacked|kataib-hezbollah",
        "united-kingdom|attacked|houthis",
        "united-states|attacked|houthis",
        "iran|supports|kataib-hezbollah",
    ]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"subject": "united-states"}, ["kataib-hezbollah", "houthis"]),
        ({"object": "houthis"}, ["houthis", "houthis"]),
        ({"subject": "united-states", "object": "houthis"}, ["houthis"]),
        ({"relation": "supports"}, ["kataib-hezbollah"]),
        ({"subject": "centcom"}, []),
        ({"min_evidence": 2}, ["kataib-hezbollah"]),
    ],
)
def test_relations_query(client: TestClient, params: dict[str, str], expected: list[str]) -> None:
    body = client.get("/relations", params=params).json()
    assert [e["object"] for e in body["items"]] == expected


# /relations/{edge}/evidence


def test_evidence(client: TestClient) -> None:
    response = client.get("/relations/united-states|attacked|kataib-hezbollah/evidence")
    assert response.status_code == 200
    body = response.json()
    assert (body["edge"], body["subject"], body["relation"], body["object"], body["count"]) == (
        "united-states|attacked|kataib-hezbollah",
        "united-states",
        "attacked",
        "kataib-hezbollah",
        2,
    )
    first = body["items"][0]
    assert first["article"] == {
        "id": "a1",
        "title": "Strikes in Iraq",
        "date": "2024-01-24",
        "url": "https://example.org/a1",
        "source": "test",
    }
    assert first["sentence"] == {
        "text": "United States forces struck Kataib Hezbollah on Tuesday.",
        "start": 0,
        "end": 56,
    }
    assert first["subject_mention"] == {"text": "United States", "start": 0, "end": 13}
    assert first["object_mention"] == {"text": "Kataib Hezbollah", "start": 28, "end": 44}
    assert (first["date"], first["event_date"], first["modality"]) == (
        "2024-01-23",
        "2024-01-23",
        "asserted",
    )
    assert first["attributed_to"] is None
    assert body["items"][1]["article"]["id"] == "a2"


def test_evidence_pages_and_modalities(client: TestClient) -> None:
    items = pages(
        client, "/relations/united-states%7Cattacked%7Ckataib-hezbollah/evidence", {"limit": 1}
    )
    assert [e["article"]["id"] for e in items] == ["a1", "a2"]
    edge = "/relations/iran|supports|houthis/evidence"
    assert client.get(edge).json()["items"] == []
    denied = client.get(edge, params={"modality": "denied"}).json()["items"]
    assert [(e["modality"], e["sentence"]["text"]) for e in denied] == [
        ("denied", "Iran denied that it supports Houthis.")
    ]


@pytest.mark.parametrize("edge", ["iran|houthis", "iran|bombed|houthis", "|supports|x"])
def test_evidence_bad_edge_is_422(embedded: TestClient, edge: str) -> None:
    error = assert_error(embedded.get(f"/relations/{edge}/evidence"), 422, "RequestValidationError")
    assert "subject|relation|object" in error["message"]


# /actors/{id}/neighbors


def test_neighbors(client: TestClient) -> None:
    body = client.get("/actors/iran/neighbors", params={"depth": 2}).json()
    assert (body["actor"], body["depth"], body["truncated"]) == ("iran", 2, False)
    assert body["nodes"] == [
        {"id": "iran", "label": "Iran", "type": "State", "country": "IRN", "distance": 0},
        {
            "id": "kataib-hezbollah",
            "label": "Kataib Hezbollah",
            "type": "ArmedGroup",
            "country": "IRQ",
            "distance": 1,
        },
        {
            "id": "united-states",
            "label": "United States",
            "type": "State",
            "country": "USA",
            "distance": 2,
        },
    ]
    assert {(e["subject"], e["relation"], e["object"], e["evidence"]) for e in body["edges"]} == {
        ("iran", "supports", "kataib-hezbollah", 1),
        ("united-states", "attacked", "kataib-hezbollah", 2),
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["united-states", "kataib-hezbollah", "houthis"]),
        ({"depth": 3}, ["united-states", "kataib-hezbollah", "houthis", "iran", "united-kingdom"]),
        (
            {"depth": 3, "relation": "attacked"},
            ["united-states", "kataib-hezbollah", "houthis", "united-kingdom"],
        ),
        ({"direction": "in"}, ["united-states"]),
        ({"depth": 3, "limit": 2}, ["united-states", "kataib-hezbollah"]),
    ],
)
def test_neighbors_parameters(
    client: TestClient, params: dict[str, Any], expected: list[str]
) -> None:
    body = client.get("/actors/united-states/neighbors", params=params).json()
    assert [n["id"] for n in body["nodes"]] == expected
    assert body["truncated"] == (params.get("limit") == 2)


@pytest.mark.parametrize("params", [{"depth": 0}, {"depth": 4}, {"limit": 0}, {"relation": "x"}])
def test_neighbors_bad_parameters_are_422(embedded: TestClient, params: dict[str, Any]) -> None:
    assert_error(
        embedded.get("/actors/iran/neighbors", params=params), 422, "RequestValidationError"
    )


def test_neighbors_of_an_actor_without_edges(client: TestClient) -> None:
    body = client.get("/actors/centcom/neighbors").json()
    assert [n["id"] for n in body["nodes"]] == ["centcom"]
    assert body["edges"] == []


# /paths


def test_paths(client: TestClient) -> None:
    response = client.get("/paths", params={"from": "iran", "to": "houthis"})
    assert response.status_code == 200
    body = response.json()
    assert (body["source"], body["target"], body["length"], body["count"]) == (
        "iran",
        "houthis",
        3,
        1,
    )
    path = body["items"][0]
    assert path["actors"] == ["iran", "kataib-hezbollah", "united-states", "houthis"]
    assert path["length"] == 3
    assert path["steps"][1] == {
        "source": "kataib-hezbollah",
        "target": "united-states",
        "edges": [
            {
                "subject": "united-states",
                "relation": "attacked",
                "object": "kataib-hezbollah",
                "evidence": 2,
            }
        ],
    }


@pytest.mark.parametrize(
    ("params", "length"),
    [
        ({"max_length": 2}, None),
        ({"directed": True}, None),
        ({"relation": "attacked"}, None),
        ({"relation": ["attacked", "supports"]}, 3),
    ],
)
def test_paths_parameters(client: TestClient, params: dict[str, Any], length: int | None) -> None:
    body = client.get("/paths", params={"from": "iran", "to": "houthis", **params}).json()
    assert body["length"] == length
    assert body["count"] == (0 if length is None else 1)


@pytest.mark.parametrize(
    "params",
    [{"from": "iran"}, {"from": "iran", "to": "houthis", "max_length": 7}],
)
def test_paths_bad_parameters_are_422(embedded: TestClient, params: dict[str, Any]) -> None:
    assert_error(embedded.get("/paths", params=params), 422, "RequestValidationError")


# /timeline


def test_timeline(client: TestClient) -> None:
    body = client.get("/timeline", params={"actor": "houthis"}).json()
    assert body["actor"] == "houthis"
    assert [(e["date"], e["subject"], e["modality"]) for e in body["items"]] == [
        ("2024-01-24", "iran", "denied"),
        ("2024-02-03", "united-states", "asserted"),
        ("2024-02-03", "united-kingdom", "asserted"),
    ]


@pytest.mark.parametrize(
    ("params", "count"),
    [
        ({}, 6),
        ({"since": "2024-02-01"}, 3),
        ({"until": "2024-01-23"}, 1),
        ({"actor": "iran", "modality": "denied"}, 1),
        ({"relation": "supports"}, 2),
    ],
)
def test_timeline_filters(client: TestClient, params: dict[str, str], count: int) -> None:
    assert len(pages(client, "/timeline", {**params, "limit": 2})) == count


def test_timeline_bad_dates_are_422(embedded: TestClient) -> None:
    params = {"since": "2024-02-01", "until": "2024-01-01"}
    assert_error(embedded.get("/timeline", params=params), 422, "RequestValidationError")


# /stats


def test_stats(client: TestClient) -> None:
    body = client.get("/stats", params={"top": 2}).json()
    assert {k: body[k] for k in ("articles", "assertions", "actors", "edges")} == {
        "articles": 2,
        "assertions": 6,
        "actors": 5,
        "edges": 4,
    }
    assert body["modalities"] == {"asserted": 5, "alleged": 0, "denied": 1, "hypothetical": 0}
    assert body["relations"] == {"attacked": 3, "supports": 1}
    assert [a["id"] for a in body["top_degree"]] == ["houthis", "kataib-hezbollah"]
    assert [a["id"] for a in body["top_pagerank"]] == ["kataib-hezbollah", "houthis"]
    assert body["top_pagerank"][0]["pagerank"] == pytest.approx(0.320089, abs=1e-5)


# /export


def test_export_turtle(client: TestClient) -> None:
    response = client.get("/export", params={"format": "turtle"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/turtle")
    assert response.headers["content-disposition"] == 'attachment; filename="kg.ttl"'
    triples = list(parse(response.content, format=RdfFormat.TURTLE))
    assert NamedNode(IRIS.actor("kataib-hezbollah")) in {t.object for t in triples}


def test_export_graphml(client: TestClient) -> None:
    response = client.get("/export", params={"format": "graphml"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/graphml+xml"
    assert response.headers["content-disposition"] == 'attachment; filename="kg.graphml"'
    assert b"<graphml" in response.content
    assert b"kataib-hezbollah" in response.content


def test_export_csv_zip(client: TestClient) -> None:
    response = client.get("/export", params={"format": "csv"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/zip"
    assert response.headers["content-disposition"] == 'attachment; filename="kg.zip"'
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        assert {"nodes.csv", "edges.csv"} <= set(archive.namelist())


def test_export_filtered(client: TestClient) -> None:
    response = client.get("/export", params={"format": "d3", "relation": "supports"})
    assert response.status_code == 200
    body = response.json()
    assert [(link["source"], link["target"]) for link in body["links"]] == [
        ("iran", "kataib-hezbollah")
    ]
    assert {node["id"] for node in body["nodes"]} == {"iran", "kataib-hezbollah"}
    cytoscape = client.get("/export", params={"format": "cytoscape", "min_evidence": 2}).json()
    assert [e["data"]["id"] for e in cytoscape["elements"]["edges"]] == [
        "united-states|attacked|kataib-hezbollah"
    ]


def test_export_rdf_refuses_filters(embedded: TestClient) -> None:
    response = embedded.get("/export", params={"format": "turtle", "relation": "supports"})
    error = assert_error(response, 422, "RequestValidationError")
    assert "graph formats" in error["message"]


def test_export_unknown_format_is_422(embedded: TestClient) -> None:
    error = assert_error(embedded.get("/export", params={"format": "gml"}), 422, "UnknownNameError")
    assert error["message"] == (
        "No exporter named 'gml'. Available: csv, cytoscape, d3, gexf, graphml, jsonld, "
        "nquads, ntriples, rdfxml, trig, turtle"
    )
    assert error["detail"]["kind"] == "exporter"
    assert error["detail"]["name"] == "gml"


# /sparql

SELECT = (
    "PREFIX kgo: <https://kg.example.org/ontology#> "
    "SELECT ?s ?o WHERE { GRAPH ?g { ?s kgo:supports ?o } } ORDER BY ?s ?o"
)


def test_sparql_get_json(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": SELECT})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/sparql-results+json"
    body = response.json()
    assert body["head"] == {"vars": ["s", "o"]}
    assert [(b["s"]["value"], b["o"]["value"]) for b in body["results"]["bindings"]] == [
        (IRIS.actor("iran"), IRIS.actor("kataib-hezbollah"))
    ]
    assert "kg-results-truncated" not in response.headers


@pytest.mark.parametrize(
    ("accept", "media_type", "format"),
    [
        (
            "application/sparql-results+xml",
            "application/sparql-results+xml",
            QueryResultsFormat.XML,
        ),
        ("text/tab-separated-values", "text/tab-separated-values", QueryResultsFormat.TSV),
        ("text/csv;q=0.9, application/json;q=0.1", "text/csv", None),
        ("*/*", "application/sparql-results+json", QueryResultsFormat.JSON),
    ],
)
def test_sparql_formats(
    client: TestClient, accept: str, media_type: str, format: QueryResultsFormat | None
) -> None:
    response = client.post("/sparql", data={"query": SELECT}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == media_type
    if format is None:
        assert response.text.splitlines() == [
            "s,o",
            f"{IRIS.actor('iran')},{IRIS.actor('kataib-hezbollah')}",
        ]
    else:
        rows = list(parse_query_results(response.content, format=format))  # type: ignore[arg-type]
        assert [row["o"] for row in rows] == [NamedNode(IRIS.actor("kataib-hezbollah"))]


def test_sparql_post_query_body_and_construct(client: TestClient) -> None:
    query = (
        "PREFIX kgo: <https://kg.example.org/ontology#> "
        "CONSTRUCT { ?s kgo:supports ?o } WHERE { GRAPH ?g { ?s kgo:supports ?o } }"
    )
    response = client.post(
        "/sparql",
        content=query,
        headers={"Content-Type": "application/sparql-query", "Accept": "application/n-triples"},
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/n-triples"
    triples = list(parse(response.content, format=RdfFormat.N_TRIPLES))
    assert [t.subject for t in triples] == [NamedNode(IRIS.actor("iran"))]
    turtle = client.post("/sparql", data={"query": query})
    assert turtle.headers["content-type"].startswith("text/turtle")


def test_sparql_ask_and_graph_uris(client: TestClient) -> None:
    ask = "ASK { ?s ?p ?o }"
    graph = IRIS.article_graph("a1")
    body = client.get("/sparql", params={"query": ask, "default-graph-uri": graph}).json()
    assert body == {"head": {}, "boolean": True}
    none = IRIS.article_graph("nothing")
    body = client.get("/sparql", params={"query": ask, "default-graph-uri": none}).json()
    assert body["boolean"] is False
    count = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    response = client.post("/sparql", data={"query": count, "named-graph-uri": [graph]})
    assert response.json()["results"]["bindings"][0]["n"]["value"] == "1"


@pytest.mark.parametrize(
    ("request_kwargs", "status", "type"),
    [
        ({"params": {"query": "DROP ALL"}}, 403, "QueryRefused"),
        ({"params": {"query": "INSERT DATA { <a:b> <a:c> <a:d> }"}}, 403, "QueryRefused"),
        (
            {"params": {"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }"}},
            403,
            "QueryRefused",
        ),
        ({"params": {"query": "SELECT WHERE"}}, 400, "QuerySyntaxError"),
        (
            {"params": {"query": "ASK {}"}, "headers": {"Accept": "text/csv"}},
            406,
            "NotAcceptable",
        ),
        ({"params": {}}, 422, "RequestValidationError"),
    ],
)
def test_sparql_get_errors(
    client: TestClient, request_kwargs: dict[str, Any], status: int, type: str
) -> None:
    assert_error(client.get("/sparql", **request_kwargs), status, type)


@pytest.mark.parametrize(
    ("request_kwargs", "status", "type"),
    [
        ({"data": {"update": "DROP ALL"}}, 403, "QueryRefused"),
        (
            {"content": "DROP ALL", "headers": {"Content-Type": "application/sparql-update"}},
            403,
            "QueryRefused",
        ),
        (
            {"content": "DROP ALL", "headers": {"Content-Type": "application/sparql-query"}},
            403,
            "QueryRefused",
        ),
        ({"data": {"nothing": "here"}}, 400, "QuerySyntaxError"),
        (
            {"content": b"\xff\xfe", "headers": {"Content-Type": "application/sparql-query"}},
            400,
            "QuerySyntaxError",
        ),
        ({"json": {"query": "ASK {}"}}, 415, "HTTPException"),
    ],
)
def test_sparql_post_errors(
    client: TestClient, request_kwargs: dict[str, Any], status: int, type: str
) -> None:
    assert_error(client.post("/sparql", **request_kwargs), status, type)
    # Nothing was dropped.
    assert client.get("/health").json()["articles"] == 2


# About 30 million solutions to count: a second or so, well past the limit, yet short
# enough that the query, which runs on in the background, ends soon after the test.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE {{ {} }}".format(
    " ".join(
        f"VALUES ?{name} {{ {' '.join(map(str, range(size)))} }}"
        for name, size in (("a", 100), ("b", 100), ("c", 100), ("d", 30))
    )
)


def test_sparql_result_cap_and_time_limit(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    settings = settings_for(make_store(tmp_path / "s"), sparql_max_results=3, sparql_timeout=0.2)
    with TestClient(create_app(settings)) as client:
        response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        assert response.status_code == 200
        assert response.headers["kg-results-truncated"] == "true"
        assert len(response.json()["results"]["bindings"]) == 3
        started = time.monotonic()
        error = assert_error(client.get("/sparql", params={"query": SLOW}), 503, "QueryTimeout")
        assert time.monotonic() - started < 1.0
        assert "0.2 s" in error["message"]


# errors, limits, documentation


def test_unknown_path_uses_the_error_shape(embedded: TestClient) -> None:
    assert_error(embedded.get("/nowhere"), 404, "HTTPException")
    assert_error(embedded.put("/actors"), 405, "HTTPException")


def test_openapi(embedded: TestClient) -> None:
    schema = embedded.get("/openapi.json").json()
    assert schema["info"]["title"] == "kg"
    assert schema["info"]["version"] == "0.1.0"
    assert set(schema["paths"]) >= {
        "/health",
        "/actors",
        "/actors/{actor_id}",
        "/actors/{actor_id}/relations",
        "/actors/{actor_id}/neighbors",
        "/relations",
        "/relations/{edge}/evidence",
        "/paths",
        "/timeline",
        "/stats",
        "/export",
        "/sparql",
        "/articles",
        "/articles/{article_id}",
        "/actors/merge",
        "/actors/{actor_id}/aliases",
    }
    assert set(schema["paths"]["/actors/{actor_id}"]) == {"get", "patch"}
    components = schema["components"]["schemas"]
    for name in ("Health", "ActorDetailModel", "RelationList", "EvidenceList", "PathList", "Stats"):
        assert components[name]["examples"], name
    not_found = schema["paths"]["/actors/{actor_id}"]["get"]["responses"]["404"]
    assert not_found["content"]["application/json"]["schema"]["$ref"].endswith("ErrorResponse")
    export = schema["paths"]["/export"]["get"]["responses"]["200"]["content"]
    assert {"text/turtle", "application/zip"} <= set(export)
    sparql_body = schema["paths"]["/sparql"]["post"]["requestBody"]["content"]
    assert {"application/x-www-form-urlencoded", "application/sparql-query"} == set(sparql_body)
    # No key set: writes are open, and the document asks for none.
    assert "securitySchemes" not in schema["components"]
    assert embedded.get("/docs").status_code == 200


def test_every_operation_is_documented_with_an_example(embedded: TestClient) -> None:
    schema = embedded.get("/openapi.json").json()
    components = schema["components"]["schemas"]
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            assert operation.get("summary"), (method, path)
            assert operation.get("description"), (method, path)
            # An example in a parameter, the body, or the model of the success response.
            success = next(v for k, v in operation["responses"].items() if k.startswith("2"))
            refs = re.findall(r"#/components/schemas/(\w+)", str(success))
            documented = str(operation) + "".join(str(components[ref]) for ref in refs)
            assert "example" in documented, (method, path)


def test_cors(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    settings = settings_for(make_store(tmp_path / "cors"), cors_origins=["https://viz.example.org"])
    with TestClient(create_app(settings)) as cors_client:
        response = cors_client.get("/health", headers={"Origin": "https://viz.example.org"})
        assert response.headers["access-control-allow-origin"] == "https://viz.example.org"
        preflight = cors_client.options(
            "/articles",
            headers={
                "Origin": "https://viz.example.org",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "X-API-Key, Content-Type",
            },
        )
        assert preflight.status_code == 200
        assert "POST" in preflight.headers["access-control-allow-methods"]
        other = cors_client.get("/health", headers={"Origin": "https://evil.example.org"})
        assert "access-control-allow-origin" not in other.headers


# a real server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_real_server(tmp_path: Path) -> None:
    app = create_app(settings_for(make_store(tmp_path / "served"), max_body_bytes=4096))
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started:
            assert thread.is_alive(), "the server stopped while starting"
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as http:
            health = http.get("/health")
            assert health.status_code == 200
            assert health.json()["articles"] == 2
            actors = http.get("/actors", params={"q": "united"})
            assert [a["id"] for a in actors.json()["items"]] == [
                "united-kingdom",
                "united-states",
            ]
            relations = http.get("/actors/kataib-hezbollah/relations", params={"limit": 1})
            edge = relations.json()["items"][0]["id"]
            evidence = http.get(f"/relations/{edge}/evidence")
            assert evidence.json()["count"] == 2
            paths = http.get("/paths", params={"from": "iran", "to": "houthis"})
            assert paths.json()["length"] == 3
            sparql = http.post("/sparql", data={"query": SELECT}, headers={"Accept": "text/csv"})
            assert sparql.status_code == 200
            assert sparql.text.startswith("s,o\r\n")
            export = http.get("/export", params={"format": "nquads"})
            assert export.status_code == 200
            assert export.headers["content-type"].startswith("application/n-quads")

            # A body past the limit, streamed without a length: cut off with 413.
            def chunks() -> Iterator[bytes]:
                for _ in range(10):
                    yield b"x" * 1024

            too_large = http.post(
                "/sparql",
                content=chunks(),
                headers={"Content-Type": "application/sparql-query"},
            )
            assert_error(too_large, 413, "HTTPException")
            declared = http.post("/articles", content=b"[" + b" " * 5000 + b"]")
            assert_error(declared, 413, "HTTPException")
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    assert not thread.is_alive()
