"""Hostile SPARQL queries against a real server: stopped at their deadline, others served."""

from __future__ import annotations

import asyncio
import io
import os
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import httpx
import networkx as nx
import pytest
import uvicorn
from fastapi import FastAPI
from typer.testing import CliRunner

from api.limits import ReadPlaces
from api.main import create_app
from kg.cli import _is_loopback, app
from kg.errors import QueryTimeout, TooManyQueries
from kg.executor import Deadline, DeadlineOutput
from kg.export import export
from kg.graph import ActorGraph
from kg.query import EdgeFilter, filter_projection, shortest_paths
from tests.test_api import free_port, make_store, settings_for

HOSTILE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
LIMIT_1 = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1"
TIMEOUT = 2.0


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """Serve ``app`` with uvicorn on a free loopback port; yield its URL."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive(), "the server stopped while starting"
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=20)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("limits") / "store")


@pytest.fixture(scope="module")
def served(store_path: Path) -> Iterator[tuple[FastAPI, str]]:
    settings = settings_for(
        store_path, sparql_timeout=TIMEOUT, sparql_max_running=4, sparql_max_per_client=2
    )
    app = create_app(settings)
    with serving(app) as url:
        yield app, url


def client_from(address: str, base_url: str) -> httpx.Client:
    """A client whose requests come from ``address`` (any 127.x.y.z is loopback)."""
    transport = httpx.HTTPTransport(local_address=address)
    return httpx.Client(base_url=base_url, transport=transport, timeout=30)


def worker_pids() -> set[int]:
    """The query worker processes started by this process (forked by its template)."""
    parents = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
        except OSError:
            continue
        if b"kg.executor" in cmdline:
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    templates = {pid for pid, parent in parents.items() if parent == os.getpid()}
    return {pid for pid, parent in parents.items() if parent in templates}


def test_hostile_queries_are_stopped_and_others_served(served: tuple[FastAPI, str]) -> None:
    app, url = served
    with client_from("127.0.0.1", url) as friend:
        # Start the workers (they start on first use).
        assert friend.get("/sparql", params={"query": LIMIT_1}).status_code == 200

        def hostile(_: int) -> httpx.Response:
            with client_from("127.0.0.2", url) as attacker:
                return attacker.get("/sparql", params={"query": HOSTILE})

        with ThreadPoolExecutor(6) as pool:
            attacks = [pool.submit(hostile, i) for i in range(6)]
            time.sleep(0.5)
            running = worker_pids()
            # While they run: the health check, a REST read and a small query answer.
            assert friend.get("/health").status_code == 200
            assert friend.get("/actors", params={"q": "iran"}).status_code == 200
            small = friend.get("/sparql", params={"query": LIMIT_1})
            assert small.status_code == 200, small.text
            while not all(attack.done() for attack in attacks):  # every worker they used
                running |= worker_pids()
                time.sleep(0.1)
            responses = [attack.result() for attack in attacks]

        limits = sorted(r.json()["error"]["detail"]["limit"] for r in responses)
        statuses = sorted(r.status_code for r in responses)
        # Two ran (the most one client may) and were stopped; four were refused at once.
        assert limits == ["max_per_client"] * 4 + ["timeout"] * 2
        assert statuses == [429] * 4 + [503] * 2
        stopped = [r for r in responses if r.status_code == 503]
        assert all("KG_SPARQL_TIMEOUT" in r.json()["error"]["message"] for r in stopped)

        # The workers that ran them are gone (killed, not left running unread); the
        # CPU they leave is measured by bench/hostile.py.
        after = worker_pids()
        assert len(running - after) == 2
        # And a small query still answers, with a fresh worker if need be.
        assert friend.get("/sparql", params={"query": LIMIT_1}).status_code == 200
        assert len(app.state.queries.worker_pids()) >= 2


# the API's own expensive reads: paths and exports


def test_paths_and_exports_past_their_deadline_are_stopped(tmp_path: Path) -> None:
    # A deadline that has passed by the time the read starts: each read must check it.
    app = create_app(settings_for(make_store(tmp_path / "store"), read_timeout=1e-6))
    with serving(app) as url, httpx.Client(base_url=url, timeout=30) as client:
        reads = [
            ("/paths", {"from": "iran", "to": "houthis"}),
            ("/export", {"format": "graphml"}),
            ("/export", {"format": "nquads"}),
            ("/export", {"format": "csv", "relation": "attacked"}),
        ]
        for path, params in reads:
            response = client.get(path, params=params)
            assert response.status_code == 503, (path, params, response.text)
            error = response.json()["error"]
            assert error["detail"] == {"limit": "timeout", "value": 1e-6}
            assert "KG_READ_TIMEOUT" in error["message"]
            assert "stopped" in error["message"]
        # Each read gave its place back: the others are served, and so is a new read
        # that needs no search (a path from an actor to itself).
        assert client.get("/health").status_code == 200
        assert client.get("/actors", params={"q": "iran"}).status_code == 200
        same = client.get("/paths", params={"from": "iran", "to": "iran"})
        assert same.status_code == 200, same.text
        assert app.state.reads._clients == {}


def test_paths_and_exports_within_their_deadline(served: tuple[FastAPI, str]) -> None:
    _, url = served
    with httpx.Client(base_url=url, timeout=30) as client:
        paths = client.get("/paths", params={"from": "iran", "to": "houthis"})
        assert paths.status_code == 200
        assert paths.json()["count"] >= 1
        export = client.get("/export", params={"format": "graphml"})
        assert export.status_code == 200
        assert b"<graphml" in export.content


def test_read_places_limit_clients_and_running_reads() -> None:
    async def run() -> None:
        places = ReadPlaces(timeout=0.2, max_running=1, max_per_client=1)
        async with places.hold("10.0.0.1") as deadline:
            assert not deadline.passed()
            # The same client again: refused at once.
            with pytest.raises(TooManyQueries, match="KG_READ_MAX_PER_CLIENT") as refused:
                async with places.hold("10.0.0.1"):
                    pass
            assert refused.value.limit == "max_per_client"
            # Another client: waits for the one place, then gives up.
            started = time.monotonic()
            with pytest.raises(QueryTimeout, match="KG_READ_MAX_RUNNING") as waited:
                async with places.hold("10.0.0.2"):
                    pass
            assert waited.value.limit == "max_running"
            assert 0.15 < time.monotonic() - started < 2
        # The place is free again.
        async with places.hold("10.0.0.2") as deadline:
            assert not deadline.passed()

    asyncio.run(run())


def test_a_deadline_stops_a_path_search_and_an_export() -> None:
    # A layered graph: paths from "s" to "t" go through every actor of two layers.
    graph: ActorGraph = nx.MultiDiGraph()
    for a in range(60):
        graph.add_edge("s", f"a{a}", key="supports", evidence=1)
        for b in range(60):
            graph.add_edge(f"a{a}", f"b{b}", key="supports", evidence=1)
    for b in range(60):
        graph.add_edge(f"b{b}", "t", key="supports", evidence=1)
    found = shortest_paths(graph, "s", "t", limit=5, deadline=Deadline.start(60))
    assert found == shortest_paths(graph, "s", "t", limit=5)
    assert len(found) == 5
    with pytest.raises(QueryTimeout, match="KG_READ_TIMEOUT"):
        shortest_paths(graph, "s", "t", deadline=Deadline.start(0.0))
    with pytest.raises(QueryTimeout):
        filter_projection(graph, EdgeFilter(), deadline=Deadline.start(0.0))

    whole = io.BytesIO()
    export(None, "graphml", whole, graph=graph)  # type: ignore[arg-type]
    # Past the deadline at the first write: nothing is written.
    stopped = io.BytesIO()
    with pytest.raises(QueryTimeout):
        export(None, "graphml", DeadlineOutput(stopped, Deadline.start(0.0)), graph=graph)  # type: ignore[arg-type]
    assert stopped.getvalue() == b""
    within = io.BytesIO()
    export(None, "graphml", DeadlineOutput(within, Deadline.start(60)), graph=graph)  # type: ignore[arg-type]
    assert within.getvalue() == whole.getvalue()


# serving defaults


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.0.1", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.10", False),
        ("example.org", False),
    ],
)
def test_loopback_addresses(host: str, loopback: bool) -> None:
    assert _is_loopback(host) is loopback


def test_serve_refuses_open_writes_on_the_network(tmp_path: Path) -> None:
    runner = CliRunner(env={"KG_API_KEY": None, "KG_READ_ONLY": None})
    for host in ("0.0.0.0", "::"):
        result = runner.invoke(app, ["serve", "--host", host, "--store", str(tmp_path / "s")])
        assert result.exit_code == 2
        message = " ".join(result.stderr.split())
        assert f"Refusing to serve on {host}" in message
        assert "KG_API_KEY" in message
        assert "--read-only" in message
        assert "--open-writes" in message
    assert not (tmp_path / "s").exists()  # refused before anything was opened


def test_read_only_server_refuses_writes(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    settings = settings_for(make_store(tmp_path / "s"), read_only=True)
    with TestClient(create_app(settings)) as client:
        assert client.get("/health").status_code == 200
        assert client.get("/actors", params={"q": "iran"}).status_code == 200
        writes = [
            client.post("/articles", json={"text": "Iran attacked Iraq.", "id": "x"}),
            client.delete("/articles/a1"),
            client.post("/actors/merge", json={"keep": "iran", "drop": "houthis"}),
            client.post("/actors/iran/aliases", json={"name": "Persia"}),
            client.patch("/actors/iran", json={"type": "ArmedGroup"}),
        ]
        for response in writes:
            assert response.status_code == 403, response.text
            assert "read-only" in response.json()["error"]["message"]
        assert client.get("/health").json()["articles"] == 2  # nothing changed
