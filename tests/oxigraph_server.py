"""Run a real ``oxigraph serve`` process for the remote-store tests.

The server binary comes from the ``oxigraph`` package on PyPI (a dev dependency): it is
looked up next to the running Python, then on ``PATH``. A missing binary fails the
tests that need it (CI installs it), it does not skip them.

Use in a test module::

    from tests.oxigraph_server import empty_oxigraph_url, oxigraph_url  # noqa: F401

``oxigraph_url`` is one server per test module (its base URL, ``http://127.0.0.1:PORT``);
``empty_oxigraph_url`` is the same URL after ``DROP ALL``, so that each test starts from an
empty store.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

__all__ = [
    "OxigraphServerError",
    "clear_oxigraph",
    "empty_oxigraph_url",
    "find_oxigraph",
    "free_port",
    "oxigraph_fixture",
    "oxigraph_url",
    "running_oxigraph",
]

START_TIMEOUT = 20.0
STOP_TIMEOUT = 10.0
_START_ATTEMPTS = 3


class OxigraphServerError(RuntimeError):
    """The oxigraph server could not be found or started."""


def find_oxigraph() -> Path:
    """Return the path of the ``oxigraph`` binary: next to ``sys.executable``, else on PATH."""
    beside_python = Path(sys.executable).parent / "oxigraph"
    if beside_python.is_file():
        return beside_python
    on_path = shutil.which("oxigraph")
    if on_path is not None:
        return Path(on_path)
    raise OxigraphServerError(
        f"No `oxigraph` binary in {beside_python.parent} nor on PATH. The remote-store "
        "tests need the Oxigraph server: pip install 'oxigraph>=0.5,<0.6' "
        "(or pip install -e '.[dev]')."
    )


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that was free a moment ago (bound to port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _log_tail(log: Path) -> str:
    try:
        return log.read_text(errors="replace")[-2000:]
    except OSError:
        return ""


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=STOP_TIMEOUT)


def _wait_until_ready(
    process: subprocess.Popen[bytes], url: str, log: Path, *, timeout: float
) -> bool:
    """Poll ``GET /`` until it answers; return False if the process died first."""
    deadline = time.monotonic() + timeout
    with httpx.Client(timeout=1.0) as client:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return False
            try:
                if client.get(url + "/").status_code == 200:
                    return True
            except httpx.TransportError:
                pass
            time.sleep(0.02)
    _stop(process)
    raise OxigraphServerError(
        f"oxigraph serve did not answer at {url} within {timeout:.0f} s. "
        f"Its output:\n{_log_tail(log)}"
    )


@contextmanager
def running_oxigraph(location: Path, *, timeout: float = START_TIMEOUT) -> Iterator[str]:
    """Run ``oxigraph serve`` on a free port with its data in ``location``; yield its URL.

    The process is terminated (killed if it does not stop) when the block ends.
    """
    binary = find_oxigraph()
    location.mkdir(parents=True, exist_ok=True)
    log = location.parent / f"{location.name}.log"
    # The port can be taken between free_port() and the bind; start again if so.
    for _attempt in range(_START_ATTEMPTS):
        url = f"http://127.0.0.1:{free_port()}"
        with log.open("wb") as log_file:
            process = subprocess.Popen(
                [binary, "serve", "--location", location, "--bind", url.removeprefix("http://")],
                stdin=subprocess.DEVNULL,
                stdout=log_file,
                stderr=subprocess.STDOUT,
            )
        try:
            if _wait_until_ready(process, url, log, timeout=timeout):
                yield url
                return
        finally:
            _stop(process)
    raise OxigraphServerError(
        f"oxigraph serve exited at start {_START_ATTEMPTS} times. Its output:\n{_log_tail(log)}"
    )


def clear_oxigraph(url: str) -> None:
    """Empty the server's store (``DROP ALL``)."""
    response = httpx.post(url + "/update", data={"update": "DROP ALL"}, timeout=10.0)
    response.raise_for_status()


def oxigraph_fixture(*, scope: Any = "module", name: str = "oxigraph_url") -> Callable[..., Any]:
    """Make a fixture that runs one oxigraph server per ``scope`` and yields its base URL."""

    @pytest.fixture(scope=scope, name=name)
    def _fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
        location = tmp_path_factory.mktemp("oxigraph") / "data"
        try:
            with running_oxigraph(location) as url:
                yield url
                return
        except OxigraphServerError as err:
            message = str(err)
        # Outside the except block, so the report shows the message alone.
        pytest.fail(message, pytrace=False)

    return _fixture


oxigraph_url = oxigraph_fixture(scope="module")


@pytest.fixture
def empty_oxigraph_url(oxigraph_url: str) -> str:
    """The module's oxigraph server, emptied for this test."""
    clear_oxigraph(oxigraph_url)
    return oxigraph_url
