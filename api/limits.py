"""Cap the size of request bodies; give the API's own expensive reads places and deadlines."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import error_response
from kg.errors import QueryTimeout, TooManyQueries
from kg.executor import Deadline

__all__ = ["BodySizeLimit", "ReadPlaces"]


class _TooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The request body is larger than the limit of {limit} bytes")


class BodySizeLimit:
    """Answer 413 to a request whose body is larger than ``max_bytes``.

    A ``Content-Length`` above the limit is refused before the app runs; a body sent
    without one (chunked) is counted as it is read, and reading stops past the limit.
    """

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the app, refusing a body past the limit."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            response = error_response(413, "HTTPException", _TooLarge(self.max_bytes).detail)
            await response(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message: dict[str, Any] = dict(await receive())
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    # An HTTPException: the app's handler answers it with the error shape.
                    raise _TooLarge(self.max_bytes)
            return message

        await self.app(scope, counted, send)


class ReadPlaces:
    """Places for the API's own expensive reads (``/paths``, ``/export``).

    At most ``max_running`` run at once, ``max_per_client`` of them for one client (a
    client past it is refused at once); a request waits at most ``timeout`` seconds for
    a place, on the event loop (it holds no thread meanwhile), then gets a
    :class:`~kg.executor.Deadline` of ``timeout`` seconds, which the read checks as it
    goes. So that slow reads never take the threads that ``/health``, the other REST
    reads and the writes run in, whatever their number.
    """

    def __init__(self, *, timeout: float, max_running: int, max_per_client: int) -> None:
        self.timeout = timeout
        self.max_running = max_running
        self.max_per_client = max_per_client
        self._free = asyncio.Semaphore(max_running)
        self._clients: Counter[str] = Counter()

    @asynccontextmanager
    async def hold(self, client: str | None) -> AsyncIterator[Deadline]:
        """Hold a place while the block runs; yield the read's deadline.

        Raises:
            TooManyQueries: the client already runs as many reads as it may.
            QueryTimeout: no place came free within the time limit.
        """
        key = client or ""
        if self._clients[key] >= self.max_per_client:
            raise TooManyQueries(
                f"This client already runs {self.max_per_client} paths or exports, the "
                "most one client may run at once (KG_READ_MAX_PER_CLIENT): wait for one "
                "to end",
                limit="max_per_client",
                value=self.max_per_client,
            )
        self._clients[key] += 1
        try:
            try:
                if self._free.locked():
                    await asyncio.wait_for(self._free.acquire(), self.timeout)
                else:  # a free place: taken at once, whatever the time limit
                    await self._free.acquire()
            except TimeoutError:
                raise QueryTimeout(
                    f"The request waited {self.timeout:g} s (KG_READ_TIMEOUT) for one of "
                    f"the {self.max_running} paths or exports running at once "
                    "(KG_READ_MAX_RUNNING) to end",
                    limit="max_running",
                    value=self.max_running,
                ) from None
            try:
                yield Deadline.start(self.timeout)
            finally:
                self._free.release()
        finally:
            self._clients[key] -= 1
            if not self._clients[key]:
                del self._clients[key]
