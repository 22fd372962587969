"""The write endpoints: articles in and out, the API key, and reads that follow writes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from pydantic import SecretStr

from api.main import create_app
from kg.articles import ArticleNotFound, delete_article, ingest_records
from kg.store import EmbeddedStore
from tests.conftest import IRIS
from tests.test_api import assert_error, make_store, settings_for

if TYPE_CHECKING:
    from fastapi.testclient import TestClient

ARTICLE = {
    "id": "red-sea",
    "title": "Houthis attack ship",
    "text": (
        "The Houthis attacked a cargo ship in the Red Sea on Tuesday. "
        "The United States condemned the Houthis."
    ),
    "date": "2024-03-05",
    "source": "Example News",
}


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A client of an app on its own store (the tests in this module change it)."""
    from fastapi.testclient import TestClient

    path = make_store(tmp_path_factory.mktemp("write") / "store")
    with TestClient(create_app(settings_for(path, max_articles=3))) as client:
        yield client


def relations_of(client: TestClient, actor: str) -> set[tuple[str, str, str]]:
    body = client.get(f"/actors/{actor}/relations").json()
    return {(e["subject"], e["relation"], e["object"]) for e in body["items"]}


@pytest.mark.model
def test_ingest_then_read_then_delete(writable: TestClient) -> None:
    writer = writable.app.state.writer  # type: ignore[attr-defined]
    assert writer._pipeline is None, "the pipeline is made on the first write, not at start"
    response = writable.post("/articles", json=ARTICLE)
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["count"], body["created"], body["replaced"], body["errors"]) == (1, 1, 0, 0)
    item = body["items"][0]
    assert (item["index"], item["id"], item["status"]) == (0, "red-sea", "created")
    assert item["assertions"] >= 1
    # The projection was rebuilt: the new edges are read at once.
    condemned = ("united-states", "accused", "houthis")
    assert condemned in relations_of(writable, "houthis")
    assert writable.get("/health").json()["articles"] == 3
    evidence = writable.get("/timeline", params={"since": "2024-03-01"}).json()["items"]
    assert {e["article"]["id"] for e in evidence} == {"red-sea"}

    again = writable.post("/articles", json=[ARTICLE]).json()
    assert again["items"][0]["status"] == "replaced"
    assert writable.get("/health").json()["articles"] == 3

    assert writable.delete("/articles/red-sea").status_code == 204
    assert writable.get("/health").json()["articles"] == 2
    assert condemned not in relations_of(writable, "houthis")
    error = assert_error(writable.delete("/articles/red-sea"), 404, "ArticleNotFound")
    assert error["detail"] == {"id": "red-sea"}


@pytest.mark.model
def test_bad_records_get_an_error_status(writable: TestClient) -> None:
    records: list[Any] = [
        {"id": "no-text", "title": "Nothing"},
        {**ARTICLE, "id": "good"},
        "not an object",
        {"id": "bad-date", "text": "Iran backs the Houthis.", "date": "Tuesday"},
    ]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(writable.app.state.settings, "max_articles", 10)  # type: ignore[attr-defined]
        body = writable.post("/articles", json=records).json()
    assert [(i["index"], i["id"], i["status"]) for i in body["items"]] == [
        (0, "no-text", "error"),
        (1, "good", "created"),
        (2, None, "error"),
        (3, "bad-date", "error"),
    ]
    assert "missing 'text'" in body["items"][0]["error"]
    assert "ISO date" in body["items"][3]["error"]
    assert (body["created"], body["errors"]) == (1, 3)
    assert writable.delete("/articles/good").status_code == 204


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"content": b"{not json", "headers": {"Content-Type": "application/json"}}, 422),
        ({"json": 42}, 422),
        ({"json": [ARTICLE] * 4}, 422),
    ],
)
def test_bad_bodies(writable: TestClient, kwargs: dict[str, Any], status: int) -> None:
    response = writable.post("/articles", **kwargs)
    assert_error(response, status, "RequestValidationError")


def test_body_size_cap(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    settings = settings_for(make_store(tmp_path / "s"), max_body_bytes=1024)
    with TestClient(create_app(settings)) as client:
        response = client.post("/articles", json={**ARTICLE, "text": "x" * 2000})
        error = assert_error(response, 413, "HTTPException")
        assert "1024 bytes" in error["message"]
        assert client.get("/health").json()["articles"] == 2


# the API key


@pytest.fixture(scope="module")
def keyed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    from fastapi.testclient import TestClient

    path = make_store(tmp_path_factory.mktemp("keyed") / "store")
    settings = settings_for(path, api_key=SecretStr("s3cret"))
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.mark.parametrize(
    "headers",
    [{}, {"X-API-Key": "wrong"}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic x"}],
)
def test_writes_need_the_key(keyed: TestClient, headers: dict[str, str]) -> None:
    for response in (
        keyed.post("/articles", json=ARTICLE, headers=headers),
        keyed.delete("/articles/a1", headers=headers),
    ):
        error = assert_error(response, 401, "HTTPException")
        assert "KG_API_KEY" in error["message"]
        assert response.headers["www-authenticate"] == "Bearer"
    assert keyed.get("/health").json()["articles"] == 2


@pytest.mark.parametrize("headers", [{"X-API-Key": "s3cret"}, {"Authorization": "Bearer s3cret"}])
def test_the_key_opens_writes(keyed: TestClient, headers: dict[str, str]) -> None:
    # A record without text: accepted by the key check, no model needed.
    response = keyed.post("/articles", json={"id": "x"}, headers=headers)
    assert response.status_code == 200, response.text
    assert response.json()["errors"] == 1
    assert_error(keyed.delete("/articles/nothing", headers=headers), 404, "ArticleNotFound")


def test_the_key_is_documented(keyed: TestClient) -> None:
    schema = keyed.get("/openapi.json").json()
    assert set(schema["components"]["securitySchemes"]) == {"APIKeyHeader", "HTTPBearer"}
    assert schema["paths"]["/articles"]["post"]["security"]
    assert "security" not in schema["paths"]["/actors"]["get"]


def test_reads_stay_open(keyed: TestClient) -> None:
    assert keyed.get("/actors/iran").status_code == 200
    assert keyed.get("/sparql", params={"query": "ASK {}"}).status_code == 200


# the library behind the endpoints


def test_delete_article(tmp_path: Path) -> None:
    store = EmbeddedStore(make_store(tmp_path / "s"), iris=IRIS)
    delete_article(store, "a1")
    assert store.article_ids() == ["a2"]
    with pytest.raises(ArticleNotFound, match="No article with id 'a1'"):
        delete_article(store, "a1")
    store.close()


def test_ingest_records_without_good_records_loads_nothing(tmp_path: Path) -> None:
    class NoPipeline:
        def ingest(self, *args: object, **kwargs: object) -> None:
            raise AssertionError("the pipeline must not run")

    store = EmbeddedStore(make_store(tmp_path / "s"), iris=IRIS)
    statuses = ingest_records(NoPipeline(), store, [{"id": "x"}, []])  # type: ignore[arg-type]
    assert [(s.index, s.id, s.status) for s in statuses] == [(0, "x", "error"), (1, None, "error")]
    store.close()


# curation


@pytest.fixture
def curating(tmp_path: Path) -> Iterator[TestClient]:
    """A client of an app on a store of its own, for one test."""
    from fastapi.testclient import TestClient

    with TestClient(create_app(settings_for(make_store(tmp_path / "store")))) as client:
        yield client


def test_add_alias(curating: TestClient) -> None:
    response = curating.post("/actors/kataib-hezbollah/aliases", json={"name": "Brigades of God"})
    assert response.status_code == 200, response.text
    body = response.json()
    correction = body["correction"]
    assert (correction["kind"], correction["actor_id"], correction["name"]) == (
        "AddAlias",
        "kataib-hezbollah",
        "Brigades of God",
    )
    assert correction["created"].endswith("+00:00")
    assert "Brigades of God" in body["actor"]["aliases"]
    found = curating.get("/actors", params={"q": "brigades of god"}).json()["items"]
    assert [a["id"] for a in found] == ["kataib-hezbollah"]


def test_merge_refreshes_the_graph(curating: TestClient) -> None:
    before = relations_of(curating, "houthis")
    assert ("united-kingdom", "attacked", "houthis") in before
    response = curating.post(
        "/actors/merge", json={"keep": "united-states", "drop": "united-kingdom"}
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["correction"]["merged_id"] == "united-kingdom"
    assert "United Kingdom" in body["actor"]["aliases"]
    assert relations_of(curating, "houthis") == {("united-states", "attacked", "houthis")}
    edge = curating.get("/relations", params={"subject": "united-states", "object": "houthis"})
    assert edge.json()["items"][0]["evidence"] == 2
    assert_error(curating.get("/actors/united-kingdom"), 404, "ActorNotFound")


def test_retype(curating: TestClient) -> None:
    response = curating.patch("/actors/houthis", json={"type": "Organization"})
    assert response.status_code == 200, response.text
    assert response.json()["actor"]["type"] == "Organization"
    assert curating.get("/actors/houthis").json()["type"] == "Organization"
    assert curating.get("/actors/houthis/neighbors").json()["nodes"][0]["type"] == "Organization"


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "type"),
    [
        ("post", "/actors/merge", {"keep": "iran", "drop": "atlantis"}, 404, "ActorNotFound"),
        ("post", "/actors/merge", {"keep": "iran", "drop": "iran"}, 409, "CurationError"),
        ("post", "/actors/merge", {"keep": "iran"}, 422, "RequestValidationError"),
        ("post", "/actors/atlantis/aliases", {"name": "Lost City"}, 404, "ActorNotFound"),
        ("post", "/actors/iran/aliases", {"name": "  "}, 422, "RequestValidationError"),
        ("post", "/actors/iran/aliases", {"name": "Houthis"}, 409, "CurationError"),
        ("patch", "/actors/iran", {"type": "Planet"}, 422, "RequestValidationError"),
        ("patch", "/actors/atlantis", {"type": "State"}, 404, "ActorNotFound"),
    ],
)
def test_curation_errors(
    writable: TestClient, method: str, path: str, body: dict[str, str], status: int, type: str
) -> None:
    # Refused corrections change nothing: the module's store will do.
    error = assert_error(getattr(writable, method)(path, json=body), status, type)
    if status == 404:
        assert error["detail"] == {"id": "atlantis"}


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("post", "/actors/merge", {"keep": "iran", "drop": "houthis"}),
        ("post", "/actors/iran/aliases", {"name": "Persia"}),
        ("patch", "/actors/iran", {"type": "State"}),
    ],
)
def test_curation_needs_the_key(
    keyed: TestClient, method: str, path: str, body: dict[str, str]
) -> None:
    assert_error(getattr(keyed, method)(path, json=body), 401, "HTTPException")
    assert keyed.get("/actors/houthis").status_code == 200
