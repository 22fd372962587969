"""The app's state (one open store, its graph projection) and the dependencies on it.

The store is opened and the projection built when the app starts (FastAPI's lifespan),
and the store is released when it stops; nothing is opened at import time. The
extraction pipeline (and its spaCy model) is made on the first write, not at start-up.

Writes go through :class:`Writer`: one at a time (a lock), and each ends by rebuilding
the projection from the store and swapping it in, so that reads see the write and a
read never sees a projection half-updated.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Request, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from api.settings import Settings, get_settings
from kg.errors import StoreError
from kg.graph import ActorGraph, build_graph
from kg.pipeline import Pipeline
from kg.store import Store, open_store
from kg.vocab import Iris

__all__ = [
    "GraphDep",
    "SettingsDep",
    "StoreDep",
    "Writer",
    "WriterDep",
    "get_app_settings",
    "get_graph",
    "get_store",
    "get_writer",
    "lifespan",
    "require_api_key",
]


def _open(settings: Settings) -> tuple[Store, ActorGraph]:
    store = open_store(settings.store, iris=Iris(settings.base_iri))
    try:
        return store, build_graph(store)
    except BaseException:
        store.close()
        raise


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Open the store and build the projection on start-up; release them on shutdown."""
    settings: Settings = getattr(app.state, "settings", None) or get_settings()
    # Opening RocksDB and reading every assertion block: keep them off the event loop.
    store, graph = await run_in_threadpool(_open, settings)
    app.state.store = store
    app.state.graph = graph
    app.state.writer = Writer(app)
    try:
        yield
    finally:
        store.close()
        # Drop the references so the embedded store's lock is released with the object.
        del app.state.store, app.state.graph, app.state.writer


def get_app_settings(request: Request) -> Settings:
    """Return the settings the app was created with."""
    settings: Settings = request.app.state.settings
    return settings


def get_store(request: Request) -> Store:
    """Return the app's open store.

    Raises:
        StoreError: the store is not open (the app was not started with its lifespan).
    """
    store: Store | None = getattr(request.app.state, "store", None)
    if store is None:
        raise StoreError("The store is not open")
    return store


def get_graph(request: Request) -> ActorGraph:
    """Return the current networkx projection.

    Raises:
        StoreError: the projection was not built (the app was not started).
    """
    graph: ActorGraph | None = getattr(request.app.state, "graph", None)
    if graph is None:
        raise StoreError("The graph projection is not built")
    return graph


class Writer:
    """The one way to change the store: serialised, and followed by a new projection."""

    def __init__(self, app: FastAPI) -> None:
        self._app = app
        self._lock = threading.Lock()
        self._pipeline: Pipeline | None = None

    @property
    def pipeline(self) -> Pipeline:
        """The extraction pipeline, made on first use (its model loads on first ingest)."""
        if self._pipeline is None:
            self._pipeline = Pipeline()
        return self._pipeline

    @property
    def store(self) -> Store:
        """The app's store."""
        store: Store = self._app.state.store
        return store

    @property
    def graph(self) -> ActorGraph:
        """The current projection (after a transaction: the rebuilt one)."""
        graph: ActorGraph = self._app.state.graph
        return graph

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """Hold the write lock while the block writes; then rebuild the projection.

        The projection is rebuilt even when the block fails: part of it may have been
        written.
        """
        store = self.store
        with self._lock:
            try:
                yield store
            finally:
                self._app.state.graph = build_graph(store)


def get_writer(request: Request) -> Writer:
    """Return the app's writer.

    Raises:
        StoreError: the store is not open.
    """
    writer: Writer | None = getattr(request.app.state, "writer", None)
    if writer is None:
        raise StoreError("The store is not open")
    return writer


_api_key_header = APIKeyHeader(
    name="X-API-Key",
    auto_error=False,
    description="The API key (KG_API_KEY); needed by write requests when it is set.",
)
_bearer = HTTPBearer(
    auto_error=False, description="The API key as a bearer token, the same as X-API-Key."
)


def require_api_key(
    request: Request,
    api_key: Annotated[str | None, Security(_api_key_header)],
    bearer: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
) -> None:
    """Let the request through when no key is set, or when it sends the key.

    Raises:
        HTTPException: 401 when a key is set and the request sends none or another.
    """
    settings: Settings = request.app.state.settings
    if settings.api_key is None:
        return
    expected = settings.api_key.get_secret_value().encode()
    given = api_key or (bearer.credentials if bearer is not None else None)
    if given is None or not secrets.compare_digest(given.encode(), expected):
        reason = "No API key" if given is None else "Wrong API key"
        raise HTTPException(
            status_code=401,
            detail=f"{reason}: writes need the key set in KG_API_KEY, sent as X-API-Key",
            headers={"WWW-Authenticate": "Bearer"},
        )


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
StoreDep = Annotated[Store, Depends(get_store)]
GraphDep = Annotated[ActorGraph, Depends(get_graph)]
WriterDep = Annotated[Writer, Depends(get_writer)]
