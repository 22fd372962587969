from __future__ import annotations

import gc
import io
import socket
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest
import uvicorn
from pyoxigraph import NamedNode, RdfFormat, parse

from api.main import create_app
from api.settings import Settings
from kg.rdf import actor_quads
from kg.store import EmbeddedStore
from tests.conftest import IRIS, load_samples
from tests.test_query import GAZETTEER

if TYPE_CHECKING:
    from fastapi.testclient import TestClient


def make_store(path: Path) -> Path:
    """Fill a store folder with the samples and the gazetteer, and release it."""
    store = EmbeddedStore(path, iris=IRIS)
    load_samples(store)
    graph = NamedNode(IRIS.gazetteer_graph)
    store.replace_graph(
        IRIS.gazetteer_graph, [q for actor in GAZETTEER for q in actor_quads(actor, graph, IRIS)]
    )
    store.close()
    # close() only flushes: RocksDB's lock goes with the object, and the app must open
    # the folder itself.
    del store
    gc.collect()
    return path


def settings_for(path: Path) -> Settings:
    return Settings(store=str(path), base_iri=IRIS.base, cors_origins=[])


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("api") / "store")


@pytest.fixture(scope="module")
def client(store_path: Path) -> Iterator[TestClient]:
    from fastapi.testclient import TestClient

    with TestClient(create_app(settings_for(store_path))) as client:
        yield client


def assert_error(response: httpx.Response, status: int, type: str) -> dict[str, object]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"type", "message", "detail"}
    assert body["error"]["type"] == type
    error: dict[str, object] = body["error"]
    return error


# /health


def test_health(client: TestClient, store_path: Path) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "version": "0.1.0",
        "store": str(store_path),
        "articles": 2,
        "nodes": 5,
        "edges": 4,
    }


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
    assert (body["count"], body["limit"], body["offset"]) == (3, 3, 0)
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
    response = client.get("/actors", params={"q": "hezbollah", "limit": 2, "offset": 3})
    assert [a["id"] for a in response.json()["items"]] == ["nujaba", "kataib-hezbollah"]


def test_search_without_q_lists_everyone(client: TestClient) -> None:
    body = client.get("/actors").json()
    assert body["count"] == 10
    assert body["limit"] == 20


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 201},
        {"limit": "many"},
        {"offset": -1},
        {"type": "Planet"},
        {"country": "United States"},
    ],
)
def test_search_bad_parameters_are_422(client: TestClient, params: dict[str, object]) -> None:
    response = client.get("/actors", params=params)
    error = assert_error(response, 422, "RequestValidationError")
    assert error["detail"]


def test_search_limit_bounds_are_inclusive(client: TestClient) -> None:
    assert client.get("/actors", params={"limit": 1}).json()["count"] == 1
    assert client.get("/actors", params={"limit": 200}).status_code == 200


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
        "part_of": [],
        "degree": 2,
        "in_degree": 0,
        "out_degree": 2,
        "top_relations": [{"relation": "attacked", "direction": "out", "edges": 2, "evidence": 3}],
    }


def test_actor_part_of(client: TestClient) -> None:
    body = client.get("/actors/centcom").json()
    assert body["part_of"] == ["united-states"]
    assert body["degree"] == 0


def test_actor_not_found_echoes_the_id(client: TestClient) -> None:
    error = assert_error(client.get("/actors/atlantis"), 404, "ActorNotFound")
    assert error["detail"] == {"id": "atlantis"}
    assert "'atlantis'" in str(error["message"])


def test_relations(client: TestClient) -> None:
    response = client.get("/actors/kataib-hezbollah/relations")
    assert response.status_code == 200
    body = response.json()
    assert (body["actor"], body["direction"], body["relation"], body["count"]) == (
        "kataib-hezbollah",
        "both",
        None,
        2,
    )
    assert body["items"][0] == {
        "subject": "united-states",
        "relation": "attacked",
        "object": "kataib-hezbollah",
        "evidence": 2,
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
    ],
)
def test_relations_filters(
    client: TestClient, params: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    body = client.get("/actors/kataib-hezbollah/relations", params=params).json()
    assert [(e["subject"], e["relation"]) for e in body["items"]] == expected


def test_relations_of_an_actor_without_edges(client: TestClient) -> None:
    body = client.get("/actors/centcom/relations").json()
    assert (body["count"], body["items"]) == (0, [])


def test_relations_unknown_actor(client: TestClient) -> None:
    error = assert_error(client.get("/actors/atlantis/relations"), 404, "ActorNotFound")
    assert error["detail"] == {"id": "atlantis"}


@pytest.mark.parametrize("params", [{"relation": "bombed"}, {"direction": "sideways"}])
def test_relations_bad_parameters_are_422(client: TestClient, params: dict[str, str]) -> None:
    response = client.get("/actors/iran/relations", params=params)
    error = assert_error(response, 422, "RequestValidationError")
    assert next(iter(params)) in str(error["message"])


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


def test_export_unknown_format_is_422(client: TestClient) -> None:
    error = assert_error(client.get("/export", params={"format": "gml"}), 422, "UnknownNameError")
    assert error["message"] == (
        "No exporter named 'gml'. Available: csv, cytoscape, d3, gexf, graphml, jsonld, "
        "nquads, ntriples, rdfxml, trig, turtle"
    )
    assert error["detail"] == {
        "kind": "exporter",
        "name": "gml",
        "choices": [
            "csv",
            "cytoscape",
            "d3",
            "gexf",
            "graphml",
            "jsonld",
            "nquads",
            "ntriples",
            "rdfxml",
            "trig",
            "turtle",
        ],
    }


# the rest


def test_unknown_path_uses_the_error_shape(client: TestClient) -> None:
    assert_error(client.get("/nowhere"), 404, "HTTPException")


def test_openapi(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert schema["info"]["title"] == "kg"
    assert schema["info"]["version"] == "0.1.0"
    assert set(schema["paths"]) == {
        "/health",
        "/actors",
        "/actors/{actor_id}",
        "/actors/{actor_id}/relations",
        "/export",
    }
    components = schema["components"]["schemas"]
    assert components["Health"]["examples"]
    assert components["ActorDetailModel"]["examples"][0]["id"] == "united-states"
    not_found = schema["paths"]["/actors/{actor_id}"]["get"]["responses"]["404"]
    assert not_found["content"]["application/json"]["schema"]["$ref"].endswith("ErrorResponse")
    export = schema["paths"]["/export"]["get"]["responses"]["200"]["content"]
    assert {"text/turtle", "application/zip"} <= set(export)
    assert client.get("/docs").status_code == 200


def test_cors(store_path: Path, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    settings = Settings(
        store=str(make_store(tmp_path / "cors")),
        base_iri=IRIS.base,
        cors_origins=["https://viz.example.org"],
    )
    with TestClient(create_app(settings)) as cors_client:
        response = cors_client.get("/health", headers={"Origin": "https://viz.example.org"})
    assert response.headers["access-control-allow-origin"] == "https://viz.example.org"


# a real server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_real_server(tmp_path: Path) -> None:
    app = create_app(settings_for(make_store(tmp_path / "served")))
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
            assert actors.status_code == 200
            assert [a["id"] for a in actors.json()["items"]] == [
                "united-kingdom",
                "united-states",
            ]
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    assert not thread.is_alive()
