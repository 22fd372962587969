"""Run a real Virtuoso Open Source server for the remote-store tests on a second engine.

The server is Debian's ``virtuoso-opensource-7-bin`` (``virtuoso-t``; ``.ci/run`` installs
it). A missing binary fails the tests that need it, it does not skip them. One server is
started per test session, in a temporary folder, on two free loopback ports (SQL and
HTTP), with the settings kg needs (README, "Remote stores"):

- queries go to ``/sparql``; updates to ``/sparql-auth`` and graph replacements to
  ``/sparql-graph-crud-auth``, both with HTTP Digest authentication (user ``dba``);
- ``ResultSetMaxRows`` is raised from Virtuoso's 10,000, which would silently cut the
  answer of a query that reads every quad.

Use in a test module::

    from tests.virtuoso_server import empty_virtuoso, virtuoso  # noqa: F401

``empty_virtuoso`` gives the server's :class:`VirtuosoServer` after dropping every graph
that was not there when it started (Virtuoso keeps system graphs of its own).
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.oxigraph_server import free_port

__all__ = ["VirtuosoServer", "clear_virtuoso", "empty_virtuoso", "running_virtuoso", "virtuoso"]

START_TIMEOUT = 60.0
STOP_TIMEOUT = 20.0
USER = "dba"
PASSWORD = "dba"  # Virtuoso's initial password; the server only listens on 127.0.0.1

_INI = """\
[Database]
DatabaseFile = {data}/virtuoso.db
ErrorLogFile = {data}/virtuoso.log
LockFile = {data}/virtuoso.lck
TransactionFile = {data}/virtuoso.trx
xa_persistent_file = {data}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {data}/virtuoso-temp.db
TransactionFile = {data}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
ServerThreads = 10
CheckpointInterval = 60
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
DirsAllowed = {data}
CaseMode = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {data}
MaxClientConnections = 8
ServerThreads = 8

[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 120
MaxQueryCostEstimationTime = 0
"""


class VirtuosoServerError(RuntimeError):
    """The Virtuoso server could not be found or started."""


@dataclass(frozen=True, slots=True)
class VirtuosoServer:
    """A running Virtuoso: its endpoints and the credentials for writes."""

    base: str
    system_graphs: frozenset[str]

    @property
    def query_url(self) -> str:
        """The SPARQL endpoint (reads, no authentication)."""
        return self.base + "/sparql"

    @property
    def update_url(self) -> str:
        """The authenticated SPARQL endpoint (updates)."""
        return self.base + "/sparql-auth"

    def store_options(self) -> dict[str, Any]:
        """Keyword arguments of :class:`kg.store.RemoteStore` for this server."""
        return {"update_url": self.update_url, "user": USER, "password": PASSWORD}


def find_virtuoso() -> Path:
    """Return the path of ``virtuoso-t``."""
    found = shutil.which("virtuoso-t")
    if found is None:
        raise VirtuosoServerError(
            "No `virtuoso-t` on PATH. The remote-store tests on a second engine need "
            "Virtuoso Open Source: apt-get install virtuoso-opensource-7-bin (.ci/run does)."
        )
    return Path(found)


def _graphs(base: str) -> frozenset[str]:
    response = httpx.post(
        base + "/sparql",
        data={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30.0,
    )
    response.raise_for_status()
    return frozenset(b["g"]["value"] for b in response.json()["results"]["bindings"])


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=STOP_TIMEOUT)


def _ready(process: subprocess.Popen[bytes], base: str, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    with httpx.Client(timeout=2.0) as client:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return False
            try:
                answer = client.get(base + "/sparql", params={"query": "ASK {}"})
                if answer.status_code == 200:
                    return True
            except httpx.TransportError:
                pass
            time.sleep(0.1)
    return False


def running_virtuoso(folder: Path, *, timeout: float = START_TIMEOUT) -> Iterator[VirtuosoServer]:
    """Run ``virtuoso-t`` with its database in ``folder``; yield the server (a generator)."""
    binary = find_virtuoso()
    for attempt in range(3):
        data = folder / f"db{attempt}"
        data.mkdir(parents=True, exist_ok=True)
        http_port, sql_port = free_port(), free_port()
        ini = data / "virtuoso.ini"
        ini.write_text(_INI.format(data=data, sql_port=sql_port, http_port=http_port))
        log = data / "server.out"
        with log.open("wb") as out:
            process = subprocess.Popen(
                [binary, "-f", "-c", str(ini)],
                cwd=data,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        base = f"http://127.0.0.1:{http_port}"
        try:
            if _ready(process, base, timeout):
                yield VirtuosoServer(base=base, system_graphs=_graphs(base))
                return
        finally:
            _stop(process)
    tail = log.read_text(errors="replace")[-2000:]
    raise VirtuosoServerError(f"virtuoso-t did not start. Its output:\n{tail}")


def clear_virtuoso(server: VirtuosoServer) -> None:
    """Drop every graph the server did not have when it started."""
    graphs = _graphs(server.base) - server.system_graphs
    if not graphs:
        return
    update = " ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in sorted(graphs))
    response = httpx.post(
        server.update_url,
        data={"update": update},
        auth=httpx.DigestAuth(USER, PASSWORD),
        timeout=60.0,
    )
    response.raise_for_status()


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    """One Virtuoso server for the test session."""
    folder = tmp_path_factory.mktemp("virtuoso")
    try:
        servers = running_virtuoso(folder)
        server = next(servers)
    except VirtuosoServerError as err:
        message = str(err)
    else:
        yield server
        servers.close()
        return
    pytest.fail(message, pytrace=False)


@pytest.fixture
def empty_virtuoso(virtuoso: VirtuosoServer) -> VirtuosoServer:
    """The session's Virtuoso, emptied of kg's graphs for this test."""
    clear_virtuoso(virtuoso)
    return virtuoso
