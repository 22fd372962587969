"""The API's projection after writes: updated to what a rebuild gives, and collectable.

The app runs on a real on-disk store; each test gets its own (the tests write).
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from api.main import create_app
from kg.graph import ActorGraph, build_graph
from kg.query import relations_page
from tests.test_api import make_store, settings_for
from tests.test_api_write import ARTICLE
from tests.test_graph_update import snapshot

if TYPE_CHECKING:
    from fastapi.testclient import TestClient


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    from fastapi.testclient import TestClient

    with TestClient(create_app(settings_for(make_store(tmp_path / "store")))) as client:
        yield client


def projection(client: TestClient) -> ActorGraph:
    graph: ActorGraph = client.app.state.graph  # type: ignore[attr-defined]
    return graph


def rebuilt(client: TestClient) -> ActorGraph:
    return build_graph(client.app.state.store)  # type: ignore[attr-defined]


def test_the_projection_is_frozen_after_start_up(client: TestClient) -> None:
    assert gc.get_freeze_count() > 0
    assert client.get("/health").status_code == 200


WRITES: dict[str, tuple[str, str, dict[str, Any] | None]] = {
    "retract (updated)": ("delete", "/articles/a1", None),
    "retype (rebuilt)": ("patch", "/actors/houthis", {"type": "Organization"}),
}


@pytest.mark.parametrize(("method", "path", "body"), list(WRITES.values()), ids=list(WRITES))
def test_a_replaced_projection_is_freed(
    client: TestClient, method: str, path: str, body: dict[str, Any] | None
) -> None:
    old = projection(client)
    # Reading the graph's views makes the reference cycles networkx graphs hold.
    assert len(old.nodes) > 0
    assert len(old.edges) > 0
    gone = weakref.ref(old)
    del old

    kwargs = {"json": body} if body is not None else {}
    response = getattr(client, method)(path, **kwargs)
    assert response.status_code in (200, 204), response.text

    assert projection(client) is not gone()
    gc.collect()
    assert gone() is None, "the replaced projection is still alive (frozen?)"
    assert gc.get_freeze_count() > 0


def test_a_projection_read_during_a_write_is_freed_by_the_next_write(client: TestClient) -> None:
    old = projection(client)  # as a request that began before the write holds it
    assert client.delete("/articles/a1").status_code == 204
    assert len(old.edges) > 0  # a view made again: a reference cycle, frozen below
    gone = weakref.ref(old)
    del old
    gc.freeze()  # as the next write's freeze would

    assert client.delete("/articles/a2").status_code == 204

    gc.collect()
    assert gone() is None


def test_a_retraction_updates_the_projection(client: TestClient) -> None:
    before = projection(client)
    assert client.delete("/articles/a2").status_code == 204

    after = projection(client)
    assert after is not before
    assert snapshot(after) == snapshot(rebuilt(client))
    assert "united-kingdom" not in after


def test_cached_orderings_follow_a_write(client: TestClient) -> None:
    first = client.get("/relations").json()["items"]  # sorts (and keeps) every edge
    assert first
    assert client.delete("/articles/a2").status_code == 204

    items = client.get("/relations").json()["items"]

    expected = relations_page(rebuilt(client)).items
    assert [(e["subject"], e["relation"], e["object"], e["evidence"]) for e in items] == [
        (e.subject, e.relation, e.object, e.evidence) for e in expected
    ]


@pytest.mark.model
def test_ingest_and_reingest_update_the_projection(client: TestClient) -> None:
    assert client.post("/articles", json=ARTICLE).status_code == 200
    assert snapshot(projection(client)) == snapshot(rebuilt(client))
    assert projection(client).has_edge("united-states", "houthis", key="accused")

    unchanged = projection(client)
    assert client.post("/articles", json=ARTICLE).json()["replaced"] == 1
    assert projection(client) is unchanged, "the same article again changes nothing"

    changed = {**ARTICLE, "text": "Iran backs the Houthis. The Houthis attacked Israel."}
    assert client.post("/articles", json=changed).json()["replaced"] == 1
    assert snapshot(projection(client)) == snapshot(rebuilt(client))
    assert not projection(client).has_edge("united-states", "houthis", key="accused")
