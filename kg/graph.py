"""The networkx projection of the store.

One node per actor that takes part in an edge, one edge per (subject, relation, object)
of the asserted and alleged assertions, keyed by the relation name, with its evidence:
the number of assertions, the articles they come from, the first and last date, the
highest confidence, the modalities seen. The projection is derived from the store,
never the other way round.

:func:`build_graph` reads the whole store. After articles are written or removed,
:func:`update_graph` brings a projection up to date by reading only what changed: the
writes go through a :class:`GraphTracker`, which notes what each named graph gave the
projection before it is written; the edges whose assertions changed are then read again
from the store, and the actors whose descriptions changed are described again. The
result is the graph :func:`build_graph` would give (the tests compare the two).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, TypeAlias
from urllib.parse import unquote

import networkx as nx
from pyoxigraph import Literal, NamedNode, Quad, QuerySolutions, RdfFormat, Triple

from kg.errors import StoreError
from kg.store import EmbeddedStore, QueryResult, Row, Store
from kg.vocab import KGO, PREFIXES

if TYPE_CHECKING:
    ActorGraph: TypeAlias = nx.MultiDiGraph[str]
else:
    ActorGraph = nx.MultiDiGraph

__all__ = [
    "ActorGraph",
    "GraphTracker",
    "ProjectionChange",
    "build_graph",
    "graph_from_rows",
    "update_graph",
]

_PREFIXES = f"""
PREFIX kgo: <{KGO}>
PREFIX prov: <{PREFIXES["prov"]}>
PREFIX dct: <{PREFIXES["dct"]}>
PREFIX rdf: <{PREFIXES["rdf"]}>
PREFIX rdfs: <{PREFIXES["rdfs"]}>
"""


def _assertions_in(graph: str) -> str:
    """The assertion query over ``graph``: ``?g`` (every named graph) or one ``<IRI>``."""
    # The variables come in this order: the rows are read by position.
    return f"""{_PREFIXES}
SELECT ?s ?rel ?o ?modality ?confidence ?article ?date ?articleDate WHERE {{
  GRAPH {graph} {{
    ?a a kgo:Assertion ; kgo:subject ?s ; kgo:relation ?rel ; kgo:object ?o ;
       kgo:modality ?modality ; kgo:confidence ?confidence ; prov:wasDerivedFrom ?m .
    ?m kgo:article ?article .
    OPTIONAL {{ ?a kgo:eventDate ?date }}
    OPTIONAL {{ ?article dct:date ?articleDate }}
  }}
  FILTER (?modality IN (kgo:Asserted, kgo:Alleged))
}}
"""


_ASSERTIONS = _assertions_in("?g")

_ACTORS = f"""
PREFIX kgo: <{KGO}>
PREFIX rdfs: <{PREFIXES["rdfs"]}>
SELECT ?actor ?type ?label ?country WHERE {{
  GRAPH ?g {{ ?actor a ?type ; rdfs:label ?label . OPTIONAL {{ ?actor kgo:country ?country }} }}
  FILTER (STRSTARTS(STR(?actor), "%s"))
}}
"""

# The same rows as _ACTORS, for some actors only (VALUES inside GRAPH: Oxigraph then
# starts from the actors instead of from every description).
_SOME_ACTORS = (
    _PREFIXES
    + """
SELECT ?actor ?type ?label ?country WHERE {
  GRAPH ?g { VALUES ?actor { %s } ?actor a ?type ; rdfs:label ?label .
             OPTIONAL { ?actor kgo:country ?country } }
}
"""
)

# What one graph says of the actors it describes: what a node's label, type and
# country are read from.
_DESCRIPTIONS_IN = (
    _PREFIXES
    + """
SELECT ?actor ?p ?value WHERE {
  GRAPH %s {
    { ?actor rdf:type ?value BIND (rdf:type AS ?p) }
    UNION { ?actor rdfs:label ?value BIND (rdfs:label AS ?p) }
    UNION { ?actor kgo:country ?value BIND (kgo:country AS ?p) }
  }
  FILTER (STRSTARTS(STR(?actor), %s))
}
"""
)

# The graphs that hold the direct edge of some (subject, relation, object).
_GRAPHS_OF_EDGES = (
    "SELECT ?s ?rel ?o ?g WHERE { VALUES (?s ?rel ?o) { %s } GRAPH ?g { ?s ?rel ?o } }"
)


def _edge_assertions(subject: str, relation: str, obj: str) -> str:
    """The assertion query for one edge: the rest of each row, for the given IRIs.

    Run over the graphs that hold the edge (``named_graphs``): with the edge's terms
    bound, Oxigraph reads a few index entries per graph instead of every assertion.
    """
    terms = (NamedNode(subject), NamedNode(relation), NamedNode(obj))
    edge = "kgo:subject {} ; kgo:relation {} ; kgo:object {}".format(*terms)
    return f"""{_PREFIXES}
SELECT ?modality ?confidence ?article ?date ?articleDate WHERE {{
  GRAPH ?g {{
    ?a {edge} ; a kgo:Assertion ;
       kgo:modality ?modality ; kgo:confidence ?confidence ; prov:wasDerivedFrom ?m .
    ?m kgo:article ?article .
    OPTIONAL {{ ?a kgo:eventDate ?date }}
    OPTIONAL {{ ?article dct:date ?articleDate }}
  }}
  FILTER (?modality IN (kgo:Asserted, kgo:Alleged))
}}
"""


_RDF_TYPE = NamedNode(PREFIXES["rdf"] + "type")
_RDFS_LABEL = NamedNode(PREFIXES["rdfs"] + "label")
_KGO_COUNTRY = NamedNode(str(KGO.country))

# One assertion, as plain strings: subject, relation, object and modality IRIs, the
# confidence, the article IRI and the date (the event's, else the article's, or None).
_AssertionValues = tuple[str, str, str, str, str, str, str | None]
# An edge as networkx keys it: subject id, object id, relation name.
_EdgeKey = tuple[str, str, str]
# An edge by the IRIs of its subject, relation and object.
_EdgeIris = tuple[str, str, str]


def build_graph(store: Store) -> ActorGraph:
    """Build the actor graph from the assertions in ``store``.

    The assertions are streamed from the store and aggregated as they come, so memory
    grows with the number of edges, not of assertions.
    """
    prefix = store.iris.base + "actor/"
    with store.query_results(_ASSERTIONS) as result:
        graph, iris = _graph_from_values(_solution_values(_solutions(result)), actor_prefix=prefix)
    nodes: dict[str, dict[str, Any]] = dict(graph.nodes(data=True))
    if isinstance(store, EmbeddedStore):
        _describe_nodes(nodes, store, iris)
    else:
        _describe_nodes_from_rows(nodes, store.select(_ACTORS % prefix), actor_prefix=prefix)
    return graph


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _id(iri: str, prefix: str) -> str:
    # Iris percent-encodes ids in IRIs (Iris.actor, Iris.article): decode them back.
    return unquote(iri[len(prefix) :])


def _solutions(result: QueryResult) -> QuerySolutions:
    if not isinstance(result, QuerySolutions):
        raise StoreError("Not a SELECT query")
    return result


def _solution_values(solutions: QuerySolutions) -> Iterator[_AssertionValues]:
    for s, rel, o, modality, confidence, article, date, article_date in solutions:
        when = date if date is not None else article_date
        yield (
            s.value,
            rel.value,
            o.value,
            modality.value,
            confidence.value,
            article.value,
            when.value if when is not None else None,
        )


def _row_values(rows: Iterable[Row]) -> Iterator[_AssertionValues]:
    for row in rows:
        when = row.get("date") or row.get("articleDate")
        yield (
            row["s"].value,
            row["rel"].value,
            row["o"].value,
            row["modality"].value,
            row["confidence"].value,
            row["article"].value,
            when.value if when is not None else None,
        )


class _Names(dict[str, str]):
    """Map IRIs to names, computing each once (and sharing the resulting strings)."""

    def __init__(self, convert: Any) -> None:
        super().__init__()
        self._convert = convert

    def __missing__(self, iri: str) -> str:
        name: str = self._convert(iri)
        self[iri] = name
        return name


def graph_from_rows(
    assertion_rows: Iterable[Row], actor_rows: Iterable[Row], *, actor_prefix: str
) -> ActorGraph:
    """Aggregate assertion rows into a MultiDiGraph (see the module docstring)."""
    graph, _iris = _graph_from_values(_row_values(assertion_rows), actor_prefix=actor_prefix)
    nodes: dict[str, dict[str, Any]] = dict(graph.nodes(data=True))
    _describe_nodes_from_rows(nodes, actor_rows, actor_prefix=actor_prefix)
    return graph


# Per edge while aggregating: [evidence, articles, first date, last date, confidence,
# modalities], keyed by the raw IRIs; names are derived once per edge at the end.
_Aggregate = list[Any]


def _aggregate(values: Iterable[_AssertionValues]) -> dict[_EdgeIris, _Aggregate]:
    edges: dict[_EdgeIris, _Aggregate] = {}
    confidences: dict[str, float] = {}
    for subject, relation, obj, modality, confidence, article, date in values:
        edge = edges.get((subject, relation, obj))
        if edge is None:
            edge = edges[subject, relation, obj] = [0, set(), date, date, 0.0, set()]
        edge[0] += 1
        edge[1].add(article)
        edge[5].add(modality)
        value = confidences.get(confidence)
        if value is None:
            value = confidences[confidence] = float(confidence)
        if value > edge[4]:
            edge[4] = value
        if date is not None:
            if edge[2] is None or date < edge[2]:
                edge[2] = date
            if edge[3] is None or date > edge[3]:
                edge[3] = date
    return edges


class _Naming:
    """Turn the IRIs of aggregated edges into the projection's names and attributes."""

    def __init__(self, actor_prefix: str) -> None:
        self.actor_prefix = actor_prefix
        article_prefix = actor_prefix[: -len("actor/")] + "article/"
        self.actors = _Names(lambda iri: _id(iri, actor_prefix))
        self.articles = _Names(lambda iri: _id(iri, article_prefix))
        self.locals = _Names(_local)
        self.modalities = _Names(lambda iri: _local(iri).lower())

    def key(self, iris: _EdgeIris) -> _EdgeKey:
        subject, relation, obj = iris
        return self.actors[subject], self.actors[obj], self.locals[relation]

    def data(self, relation: str, aggregate: _Aggregate) -> dict[str, Any]:
        evidence, sources, first, last, best, seen = aggregate
        return {
            "relation": relation,
            "evidence": evidence,
            "articles": sorted(self.articles[a] for a in sources),
            "first_date": first,
            "last_date": last,
            "confidence": best,
            "modalities": sorted(self.modalities[m] for m in seen),
        }


def _graph_from_values(
    values: Iterable[_AssertionValues], *, actor_prefix: str
) -> tuple[ActorGraph, dict[str, str]]:
    """Return the graph of the assertions, and the IRI of each of its nodes."""
    edges = _aggregate(values)
    naming = _Naming(actor_prefix)
    graph: ActorGraph = nx.MultiDiGraph()
    add_edge = graph.add_edge
    for iris, aggregate in edges.items():
        subject, obj, relation = naming.key(iris)
        add_edge(subject, obj, key=relation, **naming.data(relation, aggregate))
    return graph, {name: iri for iri, name in naming.actors.items()}


def _describe_nodes(
    nodes: Mapping[str, dict[str, Any]], store: EmbeddedStore, iris: Mapping[str, str]
) -> None:
    """Fill in each node's label, type and country; ``iris`` maps its id to its IRI."""
    # One indexed lookup per node and property, stopping at the first value found in a
    # named graph: the description of a busy actor is repeated in every article that
    # mentions it, and reading them all is most of the cost of a large projection.
    oxigraph = store.oxigraph
    properties = (("label", _RDFS_LABEL), ("type", _RDF_TYPE), ("country", _KGO_COUNTRY))
    for actor_id, node in nodes.items():
        subject = NamedNode(iris[actor_id])
        for key, predicate in properties:
            for quad in oxigraph.quads_for_pattern(subject, predicate, None, None):
                if isinstance(quad.graph_name, NamedNode) and not isinstance(quad.object, Triple):
                    value = quad.object.value
                    node[key] = _local(value) if key == "type" else value
                    break
        node.setdefault("label", actor_id)
        node.setdefault("type", "Actor")


def _describe_nodes_from_rows(
    nodes: Mapping[str, dict[str, Any]], actor_rows: Iterable[Row], *, actor_prefix: str
) -> None:
    for row in actor_rows:
        node = nodes.get(_id(row["actor"].value, actor_prefix))
        if node is None:
            continue
        node.setdefault("label", row["label"].value)
        node.setdefault("type", _local(row["type"].value))
        if "country" in row:
            node.setdefault("country", row["country"].value)
    for actor_id, node in nodes.items():
        node.setdefault("label", actor_id)
        node.setdefault("type", "Actor")


# incremental updates


@dataclass(frozen=True, slots=True)
class _Footprint:
    """What one named graph gives the projection.

    Attributes:
        rows: its asserted and alleged assertions, as the rows of the assertion query
            (an edge's attributes are a function of its rows in every graph).
        descriptions: its (actor, property, value) triples of the properties nodes are
            described by (``rdf:type``, ``rdfs:label``, ``kgo:country``).
    """

    rows: Counter[_AssertionValues] = field(default_factory=Counter)
    descriptions: frozenset[tuple[str, str, str]] = frozenset()


def _footprint(store: Store, graph: str) -> _Footprint:
    node = str(NamedNode(graph))
    with store.query_results(_assertions_in(node)) as result:
        rows = Counter(_solution_values(_solutions(result)))
    descriptions = _DESCRIPTIONS_IN % (node, Literal(store.iris.base + "actor/"))
    with store.query_results(descriptions) as result:
        described = frozenset(
            (actor.value, prop.value, str(value)) for actor, prop, value in _solutions(result)
        )
    return _Footprint(rows, described)


class GraphTracker(Store):
    """A store that notes what each named graph gave the projection before it is written.

    Hand it to code that adds, replaces or removes articles
    (:meth:`kg.pipeline.Pipeline.ingest`, :func:`kg.pipeline.retract`), then call
    :func:`update_graph`. It sees the writes made through :meth:`replace_graph`,
    :meth:`drop_graph` and :meth:`bulk_replace_graphs` (one graph at a time here,
    through :meth:`replace_graph`); reads go to the store. A SPARQL update through
    :meth:`update` can change anything: :func:`update_graph` then rebuilds the
    projection. Changes made behind its back (another process) are not seen.

    Args:
        store: the store written to; it stays open when the tracker is closed.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.iris = store.iris
        self.location = store.location
        self._before: dict[str, _Footprint] = {}
        self.updated = False
        """Whether a SPARQL update was run through it (the projection must be rebuilt)."""

    @property
    def backend(self) -> Store:
        """The store written to (see :attr:`Store.backend`)."""
        return self.store.backend

    @property
    def written(self) -> list[str]:
        """The IRIs of the named graphs written so far, in the order first written."""
        return list(self._before)

    def _note(self, graph: str) -> None:
        if graph not in self._before:
            self._before[graph] = _footprint(self.store, graph)

    def replace_graph(self, graph: str, quads: Sequence[Quad]) -> None:
        """Note what the graph gave the projection, then replace it."""
        self._note(graph)
        self.store.replace_graph(graph, quads)

    def drop_graph(self, graph: str) -> bool:
        """Note what the graph gave the projection, then remove it."""
        self._note(graph)
        return self.store.drop_graph(graph)

    def update(self, sparql: str) -> None:
        """Run a SPARQL update on the store (:func:`update_graph` will rebuild)."""
        self.updated = True
        self.store.update(sparql)

    def graphs(self) -> list[str]:
        """Return the IRIs of the store's named graphs."""
        return self.store.graphs()

    def has_graph(self, graph: str) -> bool:
        """Return whether the store has this named graph."""
        return self.store.has_graph(graph)

    def select(self, sparql: str) -> list[Row]:
        """Run a SELECT query on the store."""
        return self.store.select(sparql)

    def construct(self, sparql: str) -> Iterator[Triple]:
        """Run a CONSTRUCT query on the store."""
        return self.store.construct(sparql)

    def quads(self) -> Iterator[Quad]:
        """Yield every quad of the store."""
        return self.store.quads()

    def count(self) -> int:
        """Return the number of quads in the store."""
        return self.store.count()

    def dump(self, output: IO[bytes], format: RdfFormat) -> None:
        """Write the whole store (see :meth:`Store.dump`)."""
        self.store.dump(output, format)

    @contextmanager
    def query_results(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] = (),
        named_graphs: Sequence[str] = (),
        timeout: float | None = None,
    ) -> Iterator[QueryResult]:
        """Run a read query on the store (see :meth:`Store.query_results`)."""
        with self.store.query_results(
            sparql, default_graphs=default_graphs, named_graphs=named_graphs, timeout=timeout
        ) as result:
            yield result


@dataclass(frozen=True, slots=True, kw_only=True)
class ProjectionChange:
    """What :func:`update_graph` changed.

    Attributes:
        edges: the ``(subject, object, relation)`` edges added, changed or removed.
        actors: the actors whose edges changed: the ends of ``edges`` (actors added to
            the projection or removed from it among them).
        described: the actors whose label, type or country were read again.
        rebuilt: the projection was built anew (after a SPARQL update): anything may
            have changed, and the other attributes are empty.
    """

    edges: frozenset[_EdgeKey] = frozenset()
    actors: frozenset[str] = frozenset()
    described: frozenset[str] = frozenset()
    rebuilt: bool = False


_VALUES_CHUNK = 500  # edges per query for the graphs that hold them
_GRAPHS_CHUNK = 100  # named graphs per query (Oxigraph slows down per graph beyond that)


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _edge_values(store: Store, edges: Mapping[_EdgeIris, set[str]]) -> Iterator[_AssertionValues]:
    """Yield the rows of the assertion query, in every graph, of some edges only.

    ``edges`` maps each edge to graphs known to hold (or to have held) some of its
    assertions. An asserted or alleged assertion writes its direct edge (``subject
    relation object``) in its article's graph (DESIGN section 3): the graphs holding
    the direct edge, and those known, are the only ones read.
    """
    graphs_of = {edge: set(known) for edge, known in edges.items()}
    for chunk in _chunks(sorted(edges), _VALUES_CHUNK):
        triples = " ".join(
            f"({NamedNode(s)} {NamedNode(rel)} {NamedNode(o)})" for s, rel, o in chunk
        )
        for row in store.select(_GRAPHS_OF_EDGES % triples):
            edge = (row["s"].value, row["rel"].value, row["o"].value)
            graphs_of[edge].add(row["g"].value)
    for (subject, relation, obj), graphs in graphs_of.items():
        query = _edge_assertions(subject, relation, obj)
        for chunk in _chunks(sorted(graphs), _GRAPHS_CHUNK):
            with store.query_results(query, named_graphs=chunk) as result:
                for modality, confidence, article, date, article_date in _solutions(result):
                    when = date if date is not None else article_date
                    yield (
                        subject,
                        relation,
                        obj,
                        modality.value,
                        confidence.value,
                        article.value,
                        when.value if when is not None else None,
                    )


def update_graph(graph: ActorGraph, tracker: GraphTracker) -> tuple[ActorGraph, ProjectionChange]:
    """Return the projection of the store after the writes ``tracker`` saw.

    ``graph`` must be the projection of the store as it was before those writes (built
    by :func:`build_graph` or by this function). The result equals what
    :func:`build_graph` would now give (node order aside). Only what changed is read:

    - for each graph written, its assertion rows and actor descriptions now, against
      those noted before the write: a re-ingested article that says the same changes
      nothing;
    - the edges whose rows differ are read again from the store, in every graph that
      holds them: an edge's first and last date, highest confidence and modalities
      cannot be worked out by subtracting an article's part, so the edge is aggregated
      anew (a few reads per edge, not a scan of the store);
    - the actors whose descriptions differ, and the new actors, are described again.

    Copy-on-write: ``graph`` is left as it was, and the new projection shares with it
    every node's attributes and every adjacency that did not change; only the outer
    mappings (one entry per actor) and the adjacencies of the actors whose edges changed
    are copied. So a request still reading ``graph`` sees the projection before the
    write, whole, while the new one is made; it can then be swapped in with one
    assignment. Updating the old projection in place would need every read to take a
    lock (an edge added while a read walks an actor's edges breaks the walk), and
    copying it whole costs as much as a good part of a rebuild.

    After a SPARQL update through the tracker, the projection is rebuilt.

    Returns:
        The new projection (``graph`` itself when nothing changed) and what changed.
    """
    store = tracker.store
    if tracker.updated:
        return build_graph(store), ProjectionChange(rebuilt=True)
    edges: dict[_EdgeIris, set[str]] = {}  # the graphs written that hold (or held) them
    described: set[str] = set()
    for name, before in tracker._before.items():
        after = _footprint(store, name)
        for values in (before.rows - after.rows) + (after.rows - before.rows):
            edges.setdefault(values[:3], set()).add(name)
        described.update(actor for actor, _, _ in before.descriptions ^ after.descriptions)
    if not edges and not described:
        return graph, ProjectionChange()

    naming = _Naming(store.iris.base + "actor/")
    fresh: dict[_EdgeKey, dict[str, Any] | None] = {naming.key(iris): None for iris in edges}
    for iris, aggregate in _aggregate(_edge_values(store, edges)).items():
        key = naming.key(iris)
        fresh[key] = naming.data(key[2], aggregate)
    new, changed, added = _with_edges(graph, fresh)

    node: dict[str, dict[str, Any]] = new._node
    redescribe = {naming.actors[iri] for iri in described} | added
    to_describe: dict[str, dict[str, Any]] = {a: {} for a in redescribe if a in node}
    if to_describe:
        iri_of = {name: iri for iri, name in naming.actors.items()}
        if isinstance(store, EmbeddedStore):
            _describe_nodes(to_describe, store, iri_of)
        else:
            actors = " ".join(str(NamedNode(iri_of[actor])) for actor in to_describe)
            rows = store.select(_SOME_ACTORS % actors)
            _describe_nodes_from_rows(to_describe, rows, actor_prefix=naming.actor_prefix)
        node.update(to_describe)  # new dicts: the old projection's are left alone
    return new, ProjectionChange(
        edges=frozenset(changed),
        actors=frozenset(actor for key in changed for actor in key[:2]),
        described=frozenset(to_describe),
    )


def _with_edges(
    graph: ActorGraph, fresh: Mapping[_EdgeKey, dict[str, Any] | None]
) -> tuple[ActorGraph, set[_EdgeKey], set[str]]:
    """Return a copy-on-write copy of ``graph`` with edges set (``None``: removed).

    Also returns the edges that changed and the actors added (with empty attributes).
    Actors left without edges are removed.

    networkx keeps a multigraph in three mappings: ``_node`` (actor: attributes),
    ``_succ`` (subject: object: relation: attributes) and ``_pred`` (object: subject:
    the same relation mapping as in ``_succ``, shared); the copy gets new outer
    mappings, and new inner ones where an edge changed, and shares everything else.
    """
    node: dict[str, dict[str, Any]] = dict(graph._node)
    succ: dict[str, dict[str, dict[str, dict[str, Any]]]] = dict(graph._succ)
    pred: dict[str, dict[str, dict[str, dict[str, Any]]]] = dict(graph._pred)
    own: set[tuple[bool, str]] = set()  # the inner mappings already copied

    def owned(outer: dict[str, Any], forwards: bool, actor: str) -> dict[str, Any]:
        if (forwards, actor) not in own:
            outer[actor] = dict(outer[actor])
            own.add((forwards, actor))
        inner: dict[str, Any] = outer[actor]
        return inner

    changed: set[_EdgeKey] = set()
    added: set[str] = set()
    for (subject, obj, relation), data in fresh.items():
        keyed = succ[subject].get(obj, {}) if subject in succ else {}
        if keyed.get(relation) == data:
            continue
        changed.add((subject, obj, relation))
        for actor in (subject, obj):
            if actor not in node:
                node[actor], succ[actor], pred[actor] = {}, {}, {}
                own.update(((True, actor), (False, actor)))
                added.add(actor)
        keyed = dict(keyed)
        if data is None:
            del keyed[relation]
        else:
            keyed[relation] = data
        out, into = owned(succ, True, subject), owned(pred, False, obj)
        if keyed:
            out[obj] = into[subject] = keyed
        else:
            del out[obj], into[subject]
    for actor in {actor for key in changed for actor in key[:2]}:
        if not succ[actor] and not pred[actor]:
            del node[actor], succ[actor], pred[actor]
            added.discard(actor)
    new: ActorGraph = type(graph)()
    new.graph.update(graph.graph)
    new._node = node
    new._succ = succ  # networkx keeps _adj the same mapping as _succ
    new._pred = pred
    return new, changed, added
