"""The app's state (one open store, its graph projection) and the dependencies on it.

The store is opened and the projection built when the app starts (FastAPI's lifespan),
and the store is released when it stops; nothing is opened at import time.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from starlette.concurrency import run_in_threadpool

from api.settings import Settings, get_settings
from kg.errors import StoreError
from kg.graph import ActorGraph, build_graph
from kg.store import Store, open_store
from kg.vocab import Iris

__all__ = [
    "GraphDep",
    "SettingsDep",
    "StoreDep",
    "get_app_settings",
    "get_graph",
    "get_store",
    "lifespan",
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
    try:
        yield
    finally:
        store.close()
        # Drop the references so the embedded store's lock is released with the object.
        del app.state.store, app.state.graph


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
    """Return the networkx projection built when the app started.

    Raises:
        StoreError: the projection was not built (the app was not started).
    """
    graph: ActorGraph | None = getattr(request.app.state, "graph", None)
    if graph is None:
        raise StoreError("The graph projection is not built")
    return graph


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
StoreDep = Annotated[Store, Depends(get_store)]
GraphDep = Annotated[ActorGraph, Depends(get_graph)]
