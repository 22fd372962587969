"""The quad store: an embedded Oxigraph store on disk, or a remote SPARQL 1.1 endpoint.

Both backends speak SPARQL and hand back pyoxigraph terms, so the rest of kg does not
know which one it talks to. Choose with :func:`open_store`: a path (default
``./kg-data``, or ``$KG_STORE``) opens the embedded store; an ``http(s)://`` URL talks to
a remote endpoint.

Remote endpoints: the URL is the SPARQL query endpoint. Updates go to ``$KG_STORE_UPDATE``
when set; otherwise to the same URL with a trailing ``/query`` replaced by ``/update``
(Oxigraph, Fuseki), or, for a URL with no path, to ``/query`` and ``/update`` under it
(Oxigraph server's layout). Endpoints that take both at one URL (``/sparql``) use it for
both.
"""

from __future__ import annotations

import abc
import os
from collections.abc import Iterable, Iterator, Sequence
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


class Store(abc.ABC):
    """A quad store kg reads and writes through SPARQL and named graphs."""

    iris: Iris
    location: str

    @abc.abstractmethod
    def replace_graph(self, graph: str, quads: Sequence[Quad]) -> None:
        """Replace the content of a named graph with ``quads`` (in that graph)."""

    @abc.abstractmethod
    def drop_graph(self, graph: str) -> bool:
        """Remove a named graph; return whether it was there."""

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

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release the store."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _prefixes(format: RdfFormat) -> dict[str, str] | None:
    from kg.vocab import PREFIXES

    return dict(PREFIXES) if format in (RdfFormat.TURTLE, RdfFormat.TRIG) else None


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


class EmbeddedStore(Store):
    """An Oxigraph store on disk (RocksDB)."""

    def __init__(self, path: str | os.PathLike[str], *, iris: Iris | None = None) -> None:
        self.location = str(Path(path))
        self.iris = iris or Iris()
        try:
            self._store: OxStore | None = OxStore(self.location)
        except OSError as err:
            raise StoreError(
                f"Cannot open the store at {self.location}: {err}.{_lock_hint(str(err))}"
            ) from err

    @property
    def oxigraph(self) -> OxStore:
        """The underlying pyoxigraph store."""
        if self._store is None:
            raise StoreError(f"The store at {self.location} is closed")
        return self._store

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

    def drop_graph(self, graph: str) -> bool:
        """Remove a named graph; return whether it was there."""
        node = NamedNode(graph)
        if not self.oxigraph.contains_named_graph(node):
            return False
        self.oxigraph.remove_graph(node)
        return True

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
        """Write the whole store (see :meth:`Store.dump`)."""
        if format.supports_datasets:
            self.oxigraph.dump(output, format=format)
        else:
            super().dump(output, format)

    def close(self) -> None:
        """Flush the store to disk and release it (and its lock), so it can be opened again."""
        if self._store is not None:
            self._store.flush()
            self._store = None


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
    """A remote SPARQL 1.1 endpoint (query and update protocols)."""

    def __init__(
        self,
        url: str,
        *,
        update_url: str | None = None,
        iris: Iris | None = None,
        timeout: float = 60.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.location = url
        self.iris = iris or Iris()
        self.query_url, derived_update = _update_url(url)
        self.update_url = update_url or os.environ.get("KG_STORE_UPDATE") or derived_update
        self._client = httpx.Client(timeout=timeout, transport=transport)

    def _post(self, url: str, *, data: dict[str, str], accept: str) -> httpx.Response:
        try:
            response = self._client.post(url, data=data, headers={"Accept": accept})
        except httpx.HTTPError as err:
            raise RemoteStoreError(f"Cannot reach the SPARQL endpoint {url}: {err}") from err
        if response.status_code >= 400:
            raise RemoteStoreError(
                f"The SPARQL endpoint {url} answered {response.status_code}: {response.text[:500]}"
            )
        return response

    def update(self, sparql: str) -> None:
        """Run a SPARQL update."""
        self._post(self.update_url, data={"update": sparql}, accept="*/*")

    def replace_graph(self, graph: str, quads: Sequence[Quad]) -> None:
        """Replace a named graph in one update request (atomic on the endpoint)."""
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        self.update(
            f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}"
        )

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
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(r["g"].value for r in rows if isinstance(r.get("g"), NamedNode))

    def select(self, sparql: str) -> list[Row]:
        """Run a SELECT query."""
        response = self._post(
            self.query_url, data={"query": sparql}, accept="application/sparql-results+json"
        )
        try:
            result = parse_query_results(response.content, format=QueryResultsFormat.JSON)
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
        """Yield every quad of the store."""
        rows = self.select(
            "SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
        )
        for row in rows:
            graph = row.get("g")
            yield Quad(row["s"], row["p"], row["o"], graph if graph is not None else DefaultGraph())  # type: ignore[arg-type]

    def count(self) -> int:
        """Return the number of quads in the store."""
        rows = self.select(
            "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
        )
        return int(rows[0]["n"].value) if rows else 0

    def close(self) -> None:
        """Close the HTTP client."""
        self._client.close()


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
