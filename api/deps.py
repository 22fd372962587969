"""The app's state (one open store, its graph projection) and the dependencies on it.

The store is opened and the projection built when the app starts (FastAPI's lifespan),
and the store is released when it stops; nothing is opened at import time. The
extraction pipeline (and its spaCy model) is made on the first write, not at start-up.

Writes go through :class:`Writer`: one at a time (a lock), and each ends by bringing the
projection up to date and swapping the new one in, so that reads see the write and a
read never sees a projection half-updated. Article writes update it with what changed
(:func:`kg.graph.update_graph`, copy-on-write); curation, rare, rebuilds it.

Garbage collection: a large projection is millions of objects, and a full collection
looks at each of them (0.8 s at a million assertions), stopping every request meanwhile.
Once a projection is built, the objects alive are frozen (:func:`gc.freeze`): the
collector no longer looks at them. A frozen object in a reference cycle is never freed,
and a networkx graph is in one as soon as a view of it is read (``graph.edges``,
``graph.degree``... are kept on the graph and refer back to it). So when a projection is
replaced, those views are dropped from it (they are made again on use): without them
the old projection is freed by reference counting, frozen or not, as soon as the last
request reading it ends. Should one outlive the next write all the same (a request
still reading it made a view again), that write thaws everything (:func:`gc.unfreeze`)
before it collects, which frees it; thawing at every write would cost a full
collection of every object each time.
"""

from __future__ import annotations

import gc
import secrets
import threading
import weakref
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Request, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from api.limits import ReadPlaces
from api.settings import Settings, get_settings
from kg.errors import StoreError
from kg.executor import Deadline, QueryExecutor, QueryLimits
from kg.graph import ActorGraph, GraphTracker, build_graph, update_graph
from kg.pipeline import Pipeline
from kg.query import carry_orderings
from kg.store import Store, open_store
from kg.vocab import Iris

__all__ = [
    "GraphDep",
    "QueriesDep",
    "ReadDeadline",
    "SettingsDep",
    "StoreDep",
    "Writer",
    "WriterDep",
    "get_app_settings",
    "get_graph",
    "get_queries",
    "get_store",
    "get_writer",
    "hold_read_place",
    "lifespan",
    "refuse_writes",
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
    limits = QueryLimits(
        timeout=settings.sparql_timeout,
        max_results=settings.sparql_max_results,
        max_running=settings.sparql_max_running,
        max_per_client=settings.sparql_max_per_client,
    )
    try:
        queries = QueryExecutor(store, limits=limits, prestart=settings.sparql_prestart)
    except BaseException:
        store.close()
        raise
    app.state.store = store
    app.state.graph = graph
    app.state.writer = Writer(app)
    app.state.queries = queries
    app.state.reads = ReadPlaces(
        timeout=settings.read_timeout,
        max_running=settings.read_max_running,
        max_per_client=settings.read_max_per_client,
    )
    del graph
    _freeze()
    try:
        yield
    finally:
        queries.close()
        store.close()
        # Drop the references so the embedded store's lock is released with the object,
        # and let the collector see the projection again, so that it can be freed.
        del app.state.store, app.state.graph, app.state.writer, app.state.queries
        del app.state.reads
        gc.unfreeze()


def _freeze() -> None:
    """Collect what is garbage now, and keep the collector off everything left."""
    gc.collect()
    gc.freeze()


def _release(graph: ActorGraph) -> None:
    """Drop the views networkx keeps on a graph, which make it a reference cycle.

    They are its public attributes other than ``graph`` (``nodes``, ``edges``,
    ``degree``, ...: ``functools.cached_property`` values); networkx makes them again
    on use.
    """
    attributes = vars(graph)
    for name in [name for name in attributes if not name.startswith("_") and name != "graph"]:
        attributes.pop(name, None)


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


def get_queries(request: Request) -> QueryExecutor:
    """Return the app's query executor (``/sparql``).

    Raises:
        StoreError: the store is not open.
    """
    queries: QueryExecutor | None = getattr(request.app.state, "queries", None)
    if queries is None:
        raise StoreError("The store is not open")
    return queries


async def hold_read_place(request: Request) -> AsyncIterator[Deadline]:
    """Hold a place for an expensive read (``/paths``, ``/export``); yield its deadline.

    Raises:
        StoreError: the store is not open.
        TooManyQueries: the client already runs as many of these reads as it may.
        QueryTimeout: no place came free in time.
    """
    reads: ReadPlaces | None = getattr(request.app.state, "reads", None)
    if reads is None:
        raise StoreError("The store is not open")
    client = request.client.host if request.client is not None else None
    async with reads.hold(client) as deadline:
        yield deadline


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
    """The one way to change the store: serialised, and followed by a new projection.

    The new projection is made aside, from the store and the current projection, which
    is left as it was (requests still reading it see it whole), then swapped in with one
    assignment.
    """

    def __init__(self, app: FastAPI) -> None:
        self._app = app
        self._lock = threading.Lock()
        self._pipeline: Pipeline | None = None
        self._replaced: list[weakref.ref[ActorGraph]] = []

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
        """The current projection (after a transaction: the new one)."""
        graph: ActorGraph = self._app.state.graph
        return graph

    @contextmanager
    def transaction(self, *, incremental: bool = False) -> Iterator[Store]:
        """Hold the write lock while the block writes; then bring the projection up to date.

        Args:
            incremental: the block only adds, replaces or removes named graphs (articles),
                through the store it is given (a :class:`~kg.graph.GraphTracker`): the
                projection is then updated with what changed, and the orderings cached
                for it that the change leaves valid are kept
                (:func:`kg.query.carry_orderings`). Otherwise (curation, which rewrites
                triples with SPARQL updates) it is rebuilt from the whole store.

        The projection is brought up to date even when the block fails: part of it may
        have been written.
        """
        store = self.store
        with self._lock:
            tracker = GraphTracker(store) if incremental else None
            try:
                yield store if tracker is None else tracker
            finally:
                if tracker is None:
                    graph = build_graph(store)
                else:
                    old = self.graph
                    graph, change = update_graph(old, tracker)
                    carry_orderings(old, graph, change)
                    del old
                self._publish(graph)

    def _publish(self, graph: ActorGraph) -> None:
        """Make ``graph`` the app's projection, and let the one it replaces be freed.

        See the module docstring: the old projection's views are dropped, so that it
        is freed when the requests still reading it end; if one replaced by an earlier
        write is still alive, everything is thawed before the collection.
        """
        old = self.graph
        if old is graph:
            return
        self._app.state.graph = graph
        _release(old)
        outlived = [ref for ref in self._replaced if ref() is not None]
        self._replaced = [weakref.ref(old)]
        del old
        if outlived:
            gc.unfreeze()
        _freeze()
        self._replaced += [ref for ref in outlived if ref() is not None]


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


def refuse_writes() -> None:
    """Refuse a write: the server is read-only.

    Raises:
        HTTPException: 403, always.
    """
    raise HTTPException(
        status_code=403,
        detail="This server is read-only (started with --read-only, or KG_READ_ONLY set)",
    )


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
StoreDep = Annotated[Store, Depends(get_store)]
GraphDep = Annotated[ActorGraph, Depends(get_graph)]
WriterDep = Annotated[Writer, Depends(get_writer)]
QueriesDep = Annotated[QueryExecutor, Depends(get_queries)]
# The place is given back when the route function ends, before its response is sent: a
# slow download does not hold it.
ReadDeadline = Annotated[Deadline, Depends(hold_read_place, scope="function")]
