"""Hostile SPARQL queries against a real server: stopped at their deadline, others served."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from typer.testing import CliRunner

from api.main import create_app
from kg.cli import _is_loopback, app
from tests.test_api import free_port, make_store, settings_for

HOSTILE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
LIMIT_1 = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1"
TIMEOUT = 2.0


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FastAPI, str]]:
    store = make_store(tmp_path_factory.mktemp("limits") / "store")
    settings = settings_for(
        store, sparql_timeout=TIMEOUT, sparql_max_running=4, sparql_max_per_client=2
    )
    app = create_app(settings)
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
        yield app, f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=20)


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
