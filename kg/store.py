"""The quad store: an embedded Oxigraph store on disk, or a remote SPARQL 1.1 endpoint.

Both backends speak SPARQL and hand back pyoxigraph terms, so the rest of kg does not
know which one it talks to. Choose with :func:`open_store`: a path (default
``./kg-data``, or ``$KG_STORE``) opens the embedded store; an ``http(s)://`` URL talks to
a remote endpoint.

Remote endpoints: the URL is the SPARQL query endpoint. Updates go to ``$KG_STORE_UPDATE``
when set; otherwise to the same URL with a trailing ``/query`` replaced by ``/update``
(Oxigraph, Fuseki), or, for a URL with no path, to ``/query`` and ``/update`` under it
(Oxigraph server's layout). Endpoints that take both at one URL (``/sparql``) use it for
both. ``$KG_STORE_USER`` and ``$KG_STORE_PASSWORD`` authenticate every request (HTTP Basic
or Digest, whichever the endpoint asks for).

Virtuoso (recognised by its ``Server`` header) differs from the others in three ways that
kg handles (README, "Remote stores"): its default graph is the union
of every graph, its own system graphs included, so the store is taken to be the graphs
under kg's base IRI; an ``INSERT DATA`` of some thousands of triples exhausts its SPARQL
parser, so a graph is replaced with one Graph Store Protocol ``PUT`` (to
``/sparql-graph-crud-auth`` beside ``/sparql-auth``, or ``$KG_STORE_GRAPH_STORE``); and it
answers some errors with 500 where others say 400.
"""

from __future__ import annotations

import abc
import io
import os
import re
import time
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit, urlunsplit

import httpx
from pyoxigraph import (
    BlankNode,
    DefaultGraph,
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    Triple,
    parse,
    parse_query_results,
    serialize,
)
from pyoxigraph import Store as OxStore

from kg.errors import RemoteStoreError, StoreError
from kg.vocab import Iris

__all__ = [
    "DEFAULT_STORE",
    "EmbeddedStore",
    "RemoteStore",
    "Row",
    "Store",
    "open_store",
]

DEFAULT_STORE = "./kg-data"

Term = NamedNode | BlankNode | Literal
Row = dict[str, Term]
QueryResult = QuerySolutions | QueryBoolean | QueryTriples | Iterator[Triple]
"""What a raw query gives (:meth:`Store.query_results`): solutions, a boolean or triples."""


class Store(abc.ABC):
    """A quad store kg reads and writes through SPARQL and named graphs."""

    iris: Iris
    location: str

    @property
    def backend(self) -> Store:
        """The store that holds the data: itself, or the store a wrapper writes to."""
        return self

    @abc.abstractmethod
    def replace_graph(self, graph: str, quads: Sequence[Quad]) -> None:
        """Replace the content of a named graph with ``quads`` (in that graph)."""

    @abc.abstractmethod
    def drop_graph(self, graph: str) -> bool:
        """Remove a named graph; return whether it was there."""

    @abc.abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 update (``INSERT DATA``, ``DELETE ... WHERE``...).

        Raises:
            StoreError: the store rejects or cannot run it.
        """

    def bulk_replace_graphs(self, graphs: Iterable[tuple[str, Sequence[Quad]]]) -> int:
        """Replace many named graphs, each given once with its quads; return how many.

        The result is that of :meth:`replace_graph` on each graph in turn. Stores with a
        faster path for large batches (the embedded store's bulk loader) override this;
        they may give up per-graph atomicity for speed.
        """
        written = 0
        for graph, quads in graphs:
            self.replace_graph(graph, quads)
            written += 1
        return written

    def add_quads(self, quads: Sequence[Quad]) -> None:
        """Add ``quads``, of any graphs (the default graph too), in one write.

        One SPARQL ``INSERT DATA``: a blank node label names the same node throughout
        the call, and a new node, apart from any in the store, in each call.

        Raises:
            StoreError: the store rejects the write.
        """
        if quads:
            self.update(_insert_data(quads))

    @abc.abstractmethod
    def graphs(self) -> list[str]:
        """Return the IRIs of the named graphs."""

    @abc.abstractmethod
    def select(self, sparql: str) -> list[Row]:
        """Run a SELECT query; rows map variable names to terms (unbound ones absent)."""

    @abc.abstractmethod
    def construct(self, sparql: str) -> Iterator[Triple]:
        """Run a CONSTRUCT query."""

    @abc.abstractmethod
    def quads(self) -> Iterator[Quad]:
        """Yield every quad of the store."""

    @abc.abstractmethod
    def count(self) -> int:
        """Return the number of quads in the store."""

    def has_graph(self, graph: str) -> bool:
        """Return whether a named graph exists."""
        return graph in set(self.graphs())

    def article_ids(self) -> list[str]:
        """Return the ids of the articles in the store."""
        prefix = self.iris.base + "graph/article/"
        return sorted(self.iris.article_id(g) for g in self.graphs() if g.startswith(prefix))

    def dump(self, output: IO[bytes], format: RdfFormat) -> None:
        """Write the whole store: datasets keep their graphs, triple formats get the union."""
        if format.supports_datasets:
            serialize(self.quads(), output, format=format)
        else:
            triples = (Triple(q.subject, q.predicate, q.object) for q in self.quads())
            serialize(triples, output, format=format, prefixes=_prefixes(format))

    @contextmanager
    def query_results(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] = (),
        named_graphs: Sequence[str] = (),
        timeout: float | None = None,
    ) -> Iterator[QueryResult]:
        """Run any read query and yield its results, read lazily, while the block runs.

        Args:
            sparql: a SELECT, ASK, CONSTRUCT or DESCRIBE query (not checked here: see
                :mod:`kg.sparql` for the read-only guard).
            default_graphs: IRIs of the graphs that make the default graph (the SPARQL
                protocol's ``default-graph-uri``).
            named_graphs: IRIs of the graphs ``GRAPH`` may read (``named-graph-uri``).
            timeout: seconds to wait for a remote endpoint (the embedded store has no
                timeout of its own: the caller bounds it).

        Raises:
            SyntaxError: the store rejects the query as invalid.
            StoreError: the store cannot run it.
        """
        raise StoreError(f"{type(self).__name__} cannot run raw queries")
        yield  # pragma: no cover - makes this a generator

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release the store."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _insert_data(quads: Iterable[Quad]) -> str:
    """Return one ``INSERT DATA`` of ``quads``, graph by graph in the order they come.

    >>> a, b = NamedNode("http://ex.org/a"), NamedNode("http://ex.org/b")
    >>> print(_insert_data([Quad(a, b, a), Quad(a, b, b, b)]))
    INSERT DATA {
    <http://ex.org/a> <http://ex.org/b> <http://ex.org/a> .
    GRAPH <http://ex.org/b> {
    <http://ex.org/a> <http://ex.org/b> <http://ex.org/b> .
    }
    }
    """
    lines = ["INSERT DATA {"]
    current: NamedNode | BlankNode | DefaultGraph = DefaultGraph()
    for quad in quads:
        if quad.graph_name != current:
            if not isinstance(current, DefaultGraph):
                lines.append("}")
            current = quad.graph_name
            if not isinstance(current, DefaultGraph):
                lines.append(f"GRAPH {current} {{")
        lines.append(f"{quad.subject} {quad.predicate} {quad.object} .")
    if not isinstance(current, DefaultGraph):
        lines.append("}")
    lines.append("}")
    return "\n".join(lines)


def _prefixes(format: RdfFormat) -> dict[str, str] | None:
    from kg.vocab import PREFIXES

    return dict(PREFIXES) if format in (RdfFormat.TURTLE, RdfFormat.TRIG) else None


_BY_GRAPH_FORMATS = (RdfFormat.N_TRIPLES, RdfFormat.TURTLE)
_DUMP_CHUNK = 256  # graphs per task of EmbeddedStore._dump_by_graph


def _prefix_block(format: RdfFormat, prefixes: dict[str, str]) -> bytes:
    """Return the ``@prefix`` lines Oxigraph writes for ``prefixes``."""
    probe = Triple(NamedNode("urn:kg:probe"), NamedNode("urn:kg:probe"), NamedNode("urn:kg:probe"))
    text = serialize([probe], format=format, prefixes=prefixes) or b""
    return text[: text.index(b"<urn:kg:probe>")]


def _rows(solutions: QuerySolutions) -> list[Row]:
    names = [v.value for v in solutions.variables]
    rows: list[Row] = []
    for solution in solutions:
        row: Row = {}
        for name in names:
            value = solution[name]
            if value is not None:
                row[name] = value
        rows.append(row)
    return rows


def _lock_hint(message: str) -> str:
    if "lock" not in message.lower():
        return ""
    if "current process" in message.lower():
        return " It is already open in this process: close the other store first."
    return (
        " It is in use by another process (a running `kg serve`?): stop it, or "
        "send articles to the running server with POST /articles."
    )


#: Quads written to an embedded store (added, or counted for an update or a dropped
#: graph) after which its memory tables are flushed to disk.
FLUSH_EVERY = 10_000
#: What a SPARQL update or a dropped graph counts for, its size unknown.
_UNSIZED_WRITE = 500


class EmbeddedStore(Store):
    """An Oxigraph store on disk (RocksDB).

    RocksDB keeps what is written in memory tables, one per index, until each reaches its
    own size; replacing the same articles over and over (a server taking writes) grew a
    process by half a megabyte a write, past a gigabyte, before they were written out,
    and a reader that opens the store replays them all from the write-ahead log. So the
    store flushes them after every ``flush_every`` quads written (a flush takes some
    tens of milliseconds).

    Args:
        path: the store's folder.
        iris: kg's IRIs.
        read_only: open it for reading only: other processes may do the same while one
            process has it open for writing (the reader sees the store as it was when
            opened). Used by :mod:`kg.executor`'s query workers.
        flush_every: quads written between two flushes (see above).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        iris: Iris | None = None,
        read_only: bool = False,
        flush_every: int = FLUSH_EVERY,
    ) -> None:
        self.location = str(Path(path))
        self.iris = iris or Iris()
        self.read_only = read_only
        self.flush_every = flush_every
        self._unflushed = 0
        self._store: OxStore | None = self._open(read_only)

    def _open(self, read_only: bool) -> OxStore:
        """Open the engine; a reader retries when the writer's compaction races it.

        A read-only opening reads the list of table files, then the files: a compaction
        of the writer's may remove one in between ("No such file or directory").
        """
        for attempt in range(3):
            try:
                return OxStore.read_only(self.location) if read_only else OxStore(self.location)
            except (OSError, RuntimeError) as err:
                raced = read_only and "No such file" in str(err) and attempt < 2
                if not raced:
                    raise StoreError(
                        f"Cannot open the store at {self.location}: {err}.{_lock_hint(str(err))}"
                    ) from err
                time.sleep(0.01 * (attempt + 1))
        raise AssertionError("unreachable")

    @property
    def oxigraph(self) -> OxStore:
        """The underlying pyoxigraph store."""
        if self._store is None:
            raise StoreError(f"The store at {self.location} is closed")
        return self._store

    def _wrote(self, quads: int) -> None:
        """Count ``quads`` written; flush the memory tables once enough were."""
        self._unflushed += quads
        if self._unflushed >= self.flush_every:
            self._unflushed = 0
            try:
                self.oxigraph.flush()
            except OSError as err:
                raise StoreError(f"Cannot write to {self.location}: {err}") from err

    def replace_graph(self, graph: str, quads: Sequence[Quad]) -> None:
        """Replace the content of a named graph with ``quads``."""
        node = NamedNode(graph)
        try:
            self.oxigraph.remove_graph(node)
            self.oxigraph.extend(quads)
            if not quads:
                self.oxigraph.add_graph(node)
        except OSError as err:
            raise StoreError(f"Cannot write graph {graph}: {err}") from err
        self._wrote(len(quads) + _UNSIZED_WRITE)

    def bulk_replace_graphs(self, graphs: Iterable[tuple[str, Sequence[Quad]]]) -> int:
        """Replace many named graphs with Oxigraph's bulk loader; return how many.

        Several times faster than :meth:`replace_graph` per graph on large batches (a
        whole corpus, a synthetic graph), and it streams: the quads are not all held in
        memory. It is not atomic: a failure can leave some graphs written. Each graph
        must come once (a graph given twice would get the union of its quads).
        """
        store = self.oxigraph
        written = 0
        empty: list[NamedNode] = []

        def stream() -> Iterator[Quad]:
            nonlocal written
            for graph, quads in graphs:
                node = NamedNode(graph)
                # The bulk loader only adds: drop what an earlier ingest left first.
                if store.contains_named_graph(node):
                    store.remove_graph(node)
                if not quads:
                    empty.append(node)
                written += 1
                yield from quads

        try:
            store.bulk_extend(stream())
            for node in empty:
                store.add_graph(node)
        except OSError as err:
            raise StoreError(f"Cannot write graphs to {self.location}: {err}") from err
        return written

    def add_quads(self, quads: Sequence[Quad]) -> None:
        """Add ``quads``, of any graphs, in one transaction."""
        try:
            self.oxigraph.extend(quads)
        except OSError as err:
            raise StoreError(f"Cannot write to {self.location}: {err}") from err
        self._wrote(len(quads))

    def drop_graph(self, graph: str) -> bool:
        """Remove a named graph; return whether it was there."""
        node = NamedNode(graph)
        if not self.oxigraph.contains_named_graph(node):
            return False
        self.oxigraph.remove_graph(node)
        self._wrote(_UNSIZED_WRITE)
        return True

    def update(self, sparql: str) -> None:
        """Run a SPARQL update (in one transaction)."""
        try:
            self.oxigraph.update(sparql)
        except (SyntaxError, OSError, ValueError) as err:
            raise StoreError(f"Update failed: {err}") from err
        self._wrote(_UNSIZED_WRITE)

    def has_graph(self, graph: str) -> bool:
        """Return whether a named graph exists."""
        return bool(self.oxigraph.contains_named_graph(NamedNode(graph)))

    def graphs(self) -> list[str]:
        """Return the IRIs of the named graphs."""
        return sorted(g.value for g in self.oxigraph.named_graphs() if isinstance(g, NamedNode))

    def select(self, sparql: str) -> list[Row]:
        """Run a SELECT query."""
        result = self._query(sparql)
        if not isinstance(result, QuerySolutions):
            raise StoreError("Not a SELECT query")
        return _rows(result)

    def construct(self, sparql: str) -> Iterator[Triple]:
        """Run a CONSTRUCT query."""
        result = self._query(sparql)
        if isinstance(result, (QuerySolutions, QueryBoolean)):
            raise StoreError("Not a CONSTRUCT query")
        return iter(result)

    def _query(self, sparql: str) -> Any:
        try:
            return self.oxigraph.query(sparql)
        except (SyntaxError, OSError, ValueError) as err:
            raise StoreError(f"Query failed: {err}") from err

    def quads(self) -> Iterator[Quad]:
        """Yield every quad of the store."""
        return iter(self.oxigraph.quads_for_pattern(None, None, None, None))

    def count(self) -> int:
        """Return the number of quads in the store."""
        return len(self.oxigraph)

    def dump(self, output: IO[bytes], format: RdfFormat) -> None:
        """Write the whole store (see :meth:`Store.dump`).

        N-Triples and Turtle are written graph by graph by Oxigraph's serialisers, in
        worker threads (reading the store, not writing the text, is the cost); the
        triples are the same as those of :meth:`Store.dump`, in another order.
        """
        if format.supports_datasets:
            self.oxigraph.dump(output, format=format)
        elif format in _BY_GRAPH_FORMATS:
            self._dump_by_graph(output, format)
        else:
            super().dump(output, format)

    def _dump_by_graph(self, output: IO[bytes], format: RdfFormat) -> None:
        store = self.oxigraph
        prefixes = _prefixes(format)
        graphs: list[NamedNode | BlankNode | DefaultGraph] = [DefaultGraph()]
        graphs.extend(store.named_graphs())

        def dump_chunk(chunk: list[NamedNode | BlankNode | DefaultGraph]) -> list[memoryview]:
            parts = []
            for graph in chunk:
                data = store.dump(format=format, from_graph=graph, prefixes=prefixes) or b""
                # Each Turtle document repeats the prefixes: keep those of the first only.
                start = 0
                while data.startswith(b"@prefix ", start):
                    start = data.index(b"\n", start) + 1
                parts.append(memoryview(data)[start:])
            return parts

        if prefixes:
            output.write(_prefix_block(format, prefixes))
        workers = max(1, min(4, os.cpu_count() or 1))
        with ThreadPoolExecutor(workers) as pool:
            pending: deque[Future[list[memoryview]]] = deque()
            for start in range(0, len(graphs), _DUMP_CHUNK):
                pending.append(pool.submit(dump_chunk, graphs[start : start + _DUMP_CHUNK]))
                if len(pending) > 2 * workers:  # bound what waits in memory
                    output.writelines(pending.popleft().result())
            while pending:
                output.writelines(pending.popleft().result())

    @contextmanager
    def query_results(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] = (),
        named_graphs: Sequence[str] = (),
        timeout: float | None = None,
    ) -> Iterator[QueryResult]:
        """Run a read query (see :meth:`Store.query_results`).

        Without ``default_graphs``, the default graph is the union of all graphs (as
        ``oxigraph serve --union-default-graph`` does), since kg keeps everything in
        named graphs.
        """
        try:
            result = self.oxigraph.query(
                sparql,
                use_default_graph_as_union=not default_graphs,
                default_graph=[NamedNode(g) for g in default_graphs] or None,
                named_graphs=[NamedNode(g) for g in named_graphs] or None,
            )
        except OSError as err:
            raise StoreError(f"Query failed: {err}") from err
        yield result

    def close(self) -> None:
        """Flush the store to disk and release it (and its lock), so it can be opened again."""
        if self._store is not None:
            if not self.read_only:
                self._store.flush()
            self._store = None


class _ChallengeAuth(httpx.Auth):
    """HTTP Basic or Digest authentication, whichever the endpoint's challenge asks for.

    Nothing is sent before the first challenge; after it, Digest reuses its nonce and
    Basic sends the credentials with every request, so later requests take one round trip.
    """

    requires_request_body = True

    def __init__(self, user: str, password: str) -> None:
        self._schemes: dict[str, httpx.Auth] = {
            "basic": httpx.BasicAuth(user, password),
            "digest": httpx.DigestAuth(user, password),
        }
        self._scheme: str | None = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._scheme is not None:
            yield from self._schemes[self._scheme].auth_flow(request)
            return
        response = yield request
        challenge = response.headers.get("www-authenticate", "").split(" ", 1)[0].lower()
        if response.status_code == 401 and challenge in self._schemes:
            self._scheme = challenge
            yield from self._schemes[challenge].auth_flow(request)


def _graph_store_url(update_url: str) -> str:
    """Return Virtuoso's Graph Store Protocol endpoint beside its SPARQL endpoint."""
    parts = urlsplit(update_url)
    path = parts.path.rstrip("/")
    if path.endswith("/sparql-auth"):
        path = path[: -len("sparql-auth")] + "sparql-graph-crud-auth"
    elif path.endswith("/sparql"):
        path = path[: -len("sparql")] + "sparql-graph-crud"
    else:
        path = "/sparql-graph-crud-auth"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _update_url(query_url: str) -> tuple[str, str]:
    parts = urlsplit(query_url)
    path = parts.path.rstrip("/")
    if not path:
        base = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        return base + "/query", base + "/update"
    if path.endswith("/query"):
        return query_url, urlunsplit(parts._replace(path=path[: -len("query")] + "update"))
    return query_url, query_url


class RemoteStore(Store):
    """A remote SPARQL 1.1 endpoint (query and update protocols).

    Args:
        url: the SPARQL query endpoint.
        update_url: the update endpoint (default: ``$KG_STORE_UPDATE``, else derived from
            ``url``, see the module docstring).
        graph_store_url: Virtuoso's Graph Store Protocol endpoint (default:
            ``$KG_STORE_GRAPH_STORE``, else beside the update endpoint).
        user: user name for every request (default ``$KG_STORE_USER``).
        password: its password (default ``$KG_STORE_PASSWORD``).
        iris: kg's IRIs (the base IRI).
        timeout: seconds to wait for the endpoint.
        transport: an httpx transport (tests).
    """

    def __init__(
        self,
        url: str,
        *,
        update_url: str | None = None,
        graph_store_url: str | None = None,
        user: str | None = None,
        password: str | None = None,
        iris: Iris | None = None,
        timeout: float = 60.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.location = url
        self.iris = iris or Iris()
        self.query_url, derived_update = _update_url(url)
        self.update_url = update_url or os.environ.get("KG_STORE_UPDATE") or derived_update
        self.graph_store_url = (
            graph_store_url
            or os.environ.get("KG_STORE_GRAPH_STORE")
            or _graph_store_url(self.update_url)
        )
        self.user = user if user is not None else os.environ.get("KG_STORE_USER")
        self.password = password if password is not None else os.environ.get("KG_STORE_PASSWORD")
        auth = _ChallengeAuth(self.user, self.password or "") if self.user else None
        self._client = httpx.Client(timeout=timeout, transport=transport, auth=auth)
        self._server: str | None = None

    def settings(self) -> dict[str, Any]:
        """Return the keyword arguments that open this store again (in another process)."""
        return {
            "url": self.location,
            "update_url": self.update_url,
            "graph_store_url": self.graph_store_url,
            "user": self.user,
            "password": self.password,
            "base": self.iris.base,
        }

    @property
    def engine(self) -> str:
        """The endpoint's engine as kg tells them apart: ``virtuoso`` or ``sparql``.

        Read from the ``Server`` header of the endpoint's first answer (one ``ASK`` if
        nothing was asked yet); ``sparql`` while the endpoint does not answer.
        """
        if self._server is None:
            try:
                self._post(self.query_url, data={"query": "ASK {}"}, accept="*/*")
            except RemoteStoreError:
                # Unknown for now: the request that follows reports the failure itself.
                return "sparql"
        return "virtuoso" if (self._server or "").lower().startswith("virtuoso") else "sparql"

    def _post(
        self, url: str, *, data: dict[str, str] | None = None, update: str = "", accept: str
    ) -> httpx.Response:
        """POST ``data`` as a form; or ``update`` as the body (``application/sparql-update``)."""
        headers = {"Accept": accept}
        try:
            if data is None:
                headers["Content-Type"] = "application/sparql-update"
                response = self._client.post(url, content=update.encode(), headers=headers)
            else:
                response = self._client.post(url, data=data, headers=headers)
        except httpx.HTTPError as err:
            raise RemoteStoreError(f"Cannot reach the SPARQL endpoint {url}: {err}") from err
        self._server = response.headers.get("server", "")
        if response.status_code >= 400:
            raise RemoteStoreError(
                f"The SPARQL endpoint {url} answered {response.status_code}: {response.text[:500]}"
            )
        return response

    def update(self, sparql: str) -> None:
        """Run a SPARQL update."""
        self._post(self.update_url, data={"update": sparql}, accept="*/*")

    def replace_graph(self, graph: str, quads: Sequence[Quad]) -> None:
        """Replace a named graph in one request (atomic on the endpoint).

        One SPARQL update (``DROP`` then ``INSERT DATA``); on Virtuoso, one Graph Store
        Protocol ``PUT`` of the triples as N-Triples.
        """
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        if quads and self.engine == "virtuoso":
            self._put_graph(graph, body)
            return
        self.update(
            f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}"
        )

    def add_quads(self, quads: Sequence[Quad]) -> None:
        """Add ``quads``, of any graphs, in one ``INSERT DATA``.

        On Virtuoso, whose SPARQL parser gives out on large updates, the quads of each
        named graph go in one Graph Store Protocol ``POST`` (which adds to the graph),
        and those of the default graph in an ``INSERT DATA``; a blank node label then
        names one node within a graph only.
        """
        if not quads:
            return
        if self.engine != "virtuoso":
            # As the body, not as a form field: percent-encoded, a write would take twice
            # the memory.
            self._post(self.update_url, update=_insert_data(quads), accept="*/*")
            return
        graphs: dict[str, list[str]] = {}
        default: list[Quad] = []
        for quad in quads:
            graph = quad.graph_name
            if isinstance(graph, NamedNode):
                graphs.setdefault(graph.value, []).append(
                    f"{quad.subject} {quad.predicate} {quad.object} ."
                )
            else:
                default.append(quad)
        for iri, lines in graphs.items():
            self._put_graph(iri, "\n".join(lines), add=True)
        super().add_quads(default)

    def _put_graph(self, graph: str, ntriples: str, *, add: bool = False) -> None:
        """Replace a graph with ``ntriples`` (Graph Store Protocol ``PUT``); add: ``POST``."""
        url = self.graph_store_url
        try:
            response = self._client.request(
                "POST" if add else "PUT",
                url,
                params={"graph-uri": graph},
                content=ntriples.encode("utf-8"),
                headers={"Content-Type": "application/n-triples"},
            )
        except httpx.HTTPError as err:
            raise RemoteStoreError(f"Cannot reach the graph store {url}: {err}") from err
        if response.status_code >= 400:
            raise RemoteStoreError(
                f"The graph store {url} answered {response.status_code}: {response.text[:500]}"
            )

    def _own_graphs(self) -> str:
        """Return a filter on ``?g`` that keeps kg's graphs, on Virtuoso (its own are there too)."""
        if self.engine != "virtuoso":
            return ""
        return f'FILTER(STRSTARTS(STR(?g), "{self.iris.base}"))'

    def drop_graph(self, graph: str) -> bool:
        """Remove a named graph; return whether it was there."""
        existed = self.has_graph(graph)
        if existed:
            self.update(f"DROP SILENT GRAPH <{graph}>")
        return existed

    def has_graph(self, graph: str) -> bool:
        """Return whether a named graph exists (and holds triples)."""
        rows = self.select(f"SELECT (1 AS ?x) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} LIMIT 1")
        return bool(rows)

    def graphs(self) -> list[str]:
        """Return the IRIs of the named graphs."""
        rows = self.select(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._own_graphs()} }}"
        )
        return sorted(r["g"].value for r in rows if isinstance(r.get("g"), NamedNode))

    def select(self, sparql: str) -> list[Row]:
        """Run a SELECT query."""
        response = self._post(
            self.query_url, data={"query": sparql}, accept="application/sparql-results+json"
        )
        content = response.content
        if _is_virtuoso(response):
            content = _plain_blank_nodes(content)
        try:
            result = parse_query_results(content, format=QueryResultsFormat.JSON)
        except (SyntaxError, ValueError) as err:
            raise RemoteStoreError(f"Unreadable SPARQL results from {self.query_url}") from err
        if not isinstance(result, QuerySolutions):
            raise StoreError("Not a SELECT query")
        return _rows(result)

    def construct(self, sparql: str) -> Iterator[Triple]:
        """Run a CONSTRUCT query."""
        response = self._post(
            self.query_url, data={"query": sparql}, accept="application/n-triples"
        )
        return (
            Triple(q.subject, q.predicate, q.object)
            for q in parse(response.content, format=RdfFormat.N_TRIPLES)
        )

    def quads(self) -> Iterator[Quad]:
        """Yield every quad of the store, as the endpoint's answer is read (streamed).

        The connection is closed when the iterator is exhausted or closed. On Virtuoso,
        whose default graph is the union of its graphs, the quads of kg's graphs.
        """
        sparql = self._all_quads("?s ?p ?o ?g")
        with self.query_results(sparql) as result:
            if not isinstance(result, QuerySolutions):
                raise RemoteStoreError(f"The SPARQL endpoint {self.query_url} sent no solutions")
            for s, p, o, g in result:
                yield Quad(s, p, o, g if g is not None else DefaultGraph())

    def _all_quads(self, projection: str) -> str:
        if self.engine == "virtuoso":
            return f"SELECT {projection} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._own_graphs()} }}"
        return f"SELECT {projection} WHERE {{ {{ ?s ?p ?o }} UNION {{ GRAPH ?g {{ ?s ?p ?o }} }} }}"

    def count(self) -> int:
        """Return the number of quads in the store."""
        rows = self.select(self._all_quads("(COUNT(*) AS ?n)"))
        return int(rows[0]["n"].value) if rows else 0

    @contextmanager
    def query_results(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] = (),
        named_graphs: Sequence[str] = (),
        timeout: float | None = None,
    ) -> Iterator[QueryResult]:
        """Run a read query on the endpoint (see :meth:`Store.query_results`).

        The response is streamed: results are parsed as they are read, and the
        connection is closed when the block ends, so the caller may stop early.
        """
        data: dict[str, Any] = {"query": sparql}
        if default_graphs:
            data["default-graph-uri"] = list(default_graphs)
        if named_graphs:
            data["named-graph-uri"] = list(named_graphs)
        request = self._client.build_request(
            "POST",
            self.query_url,
            data=data,
            headers={"Accept": _accept_for(sparql)},
            timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT,
        )
        try:
            response = self._client.send(request, stream=True)
        except httpx.HTTPError as err:
            raise RemoteStoreError(
                f"Cannot reach the SPARQL endpoint {self.query_url}: {err}"
            ) from err
        try:
            if response.status_code >= 400:
                text = response.read().decode("utf-8", "replace")[:500]
                if response.status_code == 400:
                    raise SyntaxError(text)
                raise RemoteStoreError(
                    f"The SPARQL endpoint {self.query_url} answered {response.status_code}: {text}"
                )
            media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            reader: IO[bytes]
            if _is_virtuoso(response) and media_type == "application/sparql-results+json":
                reader = io.BytesIO(_plain_blank_nodes(response.read()))
            else:
                reader = io.BufferedReader(_ResponseReader(response))
            if media_type in _RAW_RESULTS:
                yield parse_query_results(reader, format=_RAW_RESULTS[media_type])
            elif media_type in _RAW_GRAPHS:
                quads = parse(reader, format=_RAW_GRAPHS[media_type])
                yield (Triple(q.subject, q.predicate, q.object) for q in quads)
            else:
                answer = media_type or "no media type"
                raise RemoteStoreError(f"The SPARQL endpoint {self.query_url} answered {answer}")
        finally:
            response.close()

    def close(self) -> None:
        """Close the HTTP client."""
        self._client.close()


_RAW_RESULTS = {
    "application/sparql-results+json": QueryResultsFormat.JSON,
    "application/sparql-results+xml": QueryResultsFormat.XML,
    "text/tab-separated-values": QueryResultsFormat.TSV,
}
_RAW_GRAPHS = {"application/n-triples": RdfFormat.N_TRIPLES, "text/turtle": RdfFormat.TURTLE}
_RAW_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"
_GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.8"
_RESULTS_ACCEPT = "application/sparql-results+json"
# The prologue (comments, BASE and PREFIX declarations) and the keyword of a query's form.
_PROLOGUE_ITEM = re.compile(
    r"\s+|#[^\n]*|BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>", re.IGNORECASE
)
_FORM = re.compile(r"(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


def _accept_for(sparql: str) -> str:
    r"""Return the ``Accept`` header for a query: graph formats for CONSTRUCT and DESCRIBE.

    Some endpoints (Virtuoso) answer a CONSTRUCT with a result set when the header allows
    both, so the header names only the kind the query's form gives.

    >>> _accept_for("PREFIX ex: <http://ex.org/#> # comment\nCONSTRUCT { ?s ?p ?o } WHERE {}")
    'application/n-triples, text/turtle;q=0.8'
    """
    position = 0
    while match := _PROLOGUE_ITEM.match(sparql, position):
        if match.end() == position:
            break
        position = match.end()
    form = _FORM.match(sparql, position)
    if form is None:
        return _RAW_ACCEPT
    if form.group(1).upper() in ("CONSTRUCT", "DESCRIBE"):
        return _GRAPH_ACCEPT
    return _RESULTS_ACCEPT


# Virtuoso names blank nodes "nodeID://b10006" in SPARQL JSON results, which is no blank
# node identifier: "b10006" is.
_VIRTUOSO_BLANK_NODE = re.compile(
    rb'("type"\s*:\s*"bnode"\s*,\s*"value"\s*:\s*")nodeID:(?:\\?/){2}'
)


def _is_virtuoso(response: httpx.Response) -> bool:
    server: str = response.headers.get("server", "")
    return server.lower().startswith("virtuoso")


def _plain_blank_nodes(content: bytes) -> bytes:
    r"""Return Virtuoso's SPARQL JSON results with blank node identifiers others can read.

    >>> _plain_blank_nodes(b'{"s": { "type": "bnode", "value": "nodeID://b10006" }}')
    b'{"s": { "type": "bnode", "value": "b10006" }}'
    """
    return _VIRTUOSO_BLANK_NODE.sub(rb"\1", content)


class _ResponseReader(io.RawIOBase):
    """A streamed HTTP response body as a binary file, for pyoxigraph's parsers."""

    def __init__(self, response: httpx.Response) -> None:
        self._chunks = response.iter_bytes()
        self._buffer = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._buffer:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._buffer = chunk
        size = min(len(buffer), len(self._buffer))
        buffer[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size


def open_store(
    location: str | os.PathLike[str] | None = None, *, iris: Iris | None = None
) -> Store:
    """Open the store at ``location`` (a path or an ``http(s)://`` SPARQL endpoint).

    ``None`` means ``$KG_STORE``, else ``./kg-data``.
    """
    where = str(location or os.environ.get("KG_STORE") or DEFAULT_STORE)
    if where.startswith(("http://", "https://")):
        return RemoteStore(where, iris=iris)
    return EmbeddedStore(where, iris=iris)


def write_quads(store: Store, graph: str, quads: Iterable[Quad]) -> None:
    """Replace ``graph`` with ``quads``."""
    store.replace_graph(graph, list(quads))
