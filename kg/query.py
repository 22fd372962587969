"""Read actors and their relations: the queries behind the API and the CLI.

None of these knows about HTTP:

- :func:`search_actors` (and :func:`search_actors_page`) find actors by name in the store
  (one SPARQL query);
- :func:`get_actor` describes one actor from the store, with its degree and its most
  frequent relations from the networkx projection when one is given;
- :func:`actor_relations` (and :func:`relations_page`) list the edges of one actor, or of
  the whole projection, filtered by relation, dates, modality, confidence and sources;
- :func:`neighbourhood` walks the projection up to three steps from an actor;
- :func:`shortest_paths` finds every shortest path between two actors;
- :func:`graph_stats` counts the store and ranks actors by degree and PageRank.

Relations, neighbours and paths are answered from the in-memory projection only; they
never scan the store. Pages are cut with opaque cursors (:func:`encode_cursor`): the
base64 of the last item's sort key, so a cursor gives the same page on every call and
stays valid when items are added before it.

An actor *exists* when the store holds a description of it (a type, a label, an alias,
...) in any named graph: the gazetteer graph or an article graph.
"""

from __future__ import annotations

import base64
import datetime as dt
import heapq
import json
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice, pairwise
from operator import itemgetter
from typing import Any, Generic, Literal, TypeVar
from weakref import WeakKeyDictionary

import numpy as np
from pyoxigraph import Literal as RdfLiteral
from pyoxigraph import NamedNode

from kg.errors import ActorNotFound, InvalidCursor, UnknownNameError
from kg.graph import ActorGraph, ProjectionChange
from kg.store import Store
from kg.types import ActorType, Modality, Relation
from kg.vocab import KGO, PREFIXES

__all__ = [
    "DIRECTIONS",
    "HUB_DEGREE",
    "MAX_DEPTH",
    "MAX_PATH_LENGTH",
    "MODALITIES",
    "ActorDetail",
    "ActorPath",
    "ActorSummary",
    "Direction",
    "EdgeFilter",
    "EdgeRef",
    "GraphStats",
    "InvalidCursor",
    "Neighbourhood",
    "NodeRef",
    "Page",
    "PathStep",
    "RankedActor",
    "RelationCount",
    "RelationEdge",
    "actor_exists",
    "actor_relations",
    "actor_relations_page",
    "carry_orderings",
    "decode_cursor",
    "encode_cursor",
    "filter_projection",
    "get_actor",
    "graph_stats",
    "neighbourhood",
    "pagerank",
    "relations_page",
    "search_actors",
    "search_actors_page",
    "shortest_paths",
]

Direction = Literal["both", "out", "in"]
DIRECTIONS: tuple[Direction, ...] = ("both", "out", "in")
MODALITIES: tuple[str, ...] = tuple(m.value.lower() for m in Modality)
"""Modality names as the API and the projection write them: ``asserted``, ``alleged``..."""
MAX_DEPTH = 3
"""The deepest :func:`neighbourhood` walk."""
MAX_PATH_LENGTH = 6
"""The longest path :func:`shortest_paths` looks for."""

_RELATIONS = frozenset(r.value for r in Relation)
_ACTOR_TYPES = frozenset(t.value for t in ActorType)

_PREFIXES = f"""
PREFIX kgo: <{KGO}>
PREFIX rdf: <{PREFIXES["rdf"]}>
PREFIX rdfs: <{PREFIXES["rdfs"]}>
PREFIX skos: <{PREFIXES["skos"]}>
PREFIX owl: <{PREFIXES["owl"]}>
"""

T = TypeVar("T")
CursorKey = tuple[Any, ...]


def encode_cursor(kind: str, key: Sequence[Any]) -> str:
    """Return the opaque cursor of a sort key: base64 (URL-safe) of ``[kind, *key]``.

    >>> cursor = encode_cursor("relations", [-2, "attacked", "iran", "iraq"])
    >>> decode_cursor(cursor, "relations", (int, str, str, str))
    (-2, 'attacked', 'iran', 'iraq')
    """
    raw = json.dumps([kind, *key], separators=(",", ":"), ensure_ascii=False)
    return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, kind: str, types: Sequence[type]) -> CursorKey:
    """Return the sort key in a cursor made by :func:`encode_cursor` for ``kind``.

    Args:
        cursor: the cursor.
        kind: the list it must belong to.
        types: the type of each element of the key (``float`` also takes integers).

    Raises:
        InvalidCursor: the cursor is not base64 of JSON, or belongs to another list, or
            its key has the wrong shape.
    """
    try:
        raw = base64.urlsafe_b64decode(cursor.encode("ascii") + b"=" * (-len(cursor) % 4))
        value = json.loads(raw.decode("utf-8"))
    except ValueError:  # binascii.Error, UnicodeError and JSONDecodeError are ValueErrors
        raise InvalidCursor(cursor, "not a cursor of this API") from None
    if not isinstance(value, list) or not value or value[0] != kind:
        raise InvalidCursor(cursor, "not a cursor of this list")
    key = value[1:]
    if len(key) != len(types) or not all(map(_is_a, key, types)):
        raise InvalidCursor(cursor, "not a cursor of this list")
    return tuple(key)


def _is_a(value: Any, type_: type) -> bool:
    if isinstance(value, bool):
        return False
    if type_ is float:
        return isinstance(value, int | float)
    return isinstance(value, type_)


@dataclass(frozen=True, slots=True, kw_only=True)
class Page(Generic[T]):
    """One page of a list.

    Attributes:
        items: the items of this page, in order.
        next_cursor: the cursor of the next page; ``None`` on the last page.
    """

    items: tuple[T, ...]
    next_cursor: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorSummary:
    """An actor as listed in search results.

    Attributes:
        type: the local name of the actor's class (``State``, ``ArmedGroup``...).
        country: ISO 3166 alpha-3 code, when known.
    """

    id: str
    label: str
    type: str
    country: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RelationCount:
    """How often an actor takes part in one relation, in one direction.

    Attributes:
        direction: ``out`` when the actor is the subject, ``in`` when it is the object.
        edges: the number of distinct counterparts.
        evidence: the number of assertions behind those edges.
    """

    relation: str
    direction: Literal["out", "in"]
    edges: int
    evidence: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorDetail:
    """Everything the store and the projection know about one actor.

    Attributes:
        label: the preferred label (the first of ``labels``).
        labels: every ``rdfs:label`` found, sorted (descriptions can come from several
            graphs).
        aliases: the ``skos:altLabel`` values, sorted.
        same_as: the ``owl:sameAs`` IRIs (Wikidata entities...), sorted.
        part_of: ids of the actors this one is an organisational part of.
        degree: number of edges in the projection (``None`` without a projection).
        top_relations: the most frequent relations in the projection, most evidence first.
    """

    id: str
    label: str
    type: str
    labels: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    country: str | None = None
    wikidata: str | None = None
    same_as: tuple[str, ...] = ()
    part_of: tuple[str, ...] = ()
    degree: int | None = None
    in_degree: int | None = None
    out_degree: int | None = None
    top_relations: tuple[RelationCount, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class RelationEdge:
    """One edge of the projection: all assertions of one (subject, relation, object).

    Attributes:
        evidence: the number of asserted or alleged assertions behind the edge.
        articles: ids of the articles they come from, sorted.
        first_date: the earliest event (or article) date, ISO 8601.
        last_date: the latest event (or article) date, ISO 8601.
        confidence: the highest confidence among the assertions.
        modalities: the modalities seen (``asserted``, ``alleged``).
    """

    subject: str
    relation: str
    object: str
    evidence: int
    articles: tuple[str, ...] = ()
    first_date: str | None = None
    last_date: str | None = None
    confidence: float = 0.0
    modalities: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class EdgeFilter:
    """Which edges of the projection to keep.

    An edge aggregates assertions, so the filters apply to the aggregate: ``modalities``
    keeps an edge with at least one assertion of one of them, ``since`` and ``until``
    keep an edge whose dates (first to last) overlap the period (an undated edge is
    dropped when either is given), ``min_confidence`` compares the edge's highest
    confidence, ``min_sources`` its number of articles.

    Raises:
        UnknownNameError: a relation or a modality is not in the vocabulary.
        ValueError: ``since`` is after ``until``, or a minimum is out of range.

    >>> EdgeFilter(relations=frozenset({"attacked"})).accepts("supports", {})
    False
    """

    relations: frozenset[str] | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    modalities: frozenset[str] | None = None
    min_confidence: float = 0.0
    min_sources: int = 1
    min_evidence: int = 1
    _since: str | None = field(init=False, repr=False, compare=False, default=None)
    _until: str | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        for relation in self.relations or ():
            _check_relation(relation)
        for modality in self.modalities or ():
            if modality not in MODALITIES:
                raise UnknownNameError("modality", modality, MODALITIES)
        if self.since is not None and self.until is not None and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until})")
        if not 0.0 <= self.min_confidence <= 1.0:
            raise ValueError(f"min_confidence must be in [0, 1], not {self.min_confidence}")
        if self.min_sources < 0 or self.min_evidence < 0:
            raise ValueError("min_sources and min_evidence must be >= 0")
        object.__setattr__(self, "_since", self.since.isoformat() if self.since else None)
        object.__setattr__(self, "_until", self.until.isoformat() if self.until else None)

    def accepts(self, relation: str, data: dict[str, Any]) -> bool:
        """Return whether the edge ``relation`` with the attributes ``data`` is kept."""
        if self.relations is not None and relation not in self.relations:
            return False
        if int(data.get("evidence", 0)) < self.min_evidence:
            return False
        if self.min_sources > 1 and len(data.get("articles", ())) < self.min_sources:
            return False
        if self.min_confidence > 0 and float(data.get("confidence", 0.0)) < self.min_confidence:
            return False
        if self.modalities is not None and self.modalities.isdisjoint(data.get("modalities", ())):
            return False
        if self._since is not None:
            last = data.get("last_date")
            if last is None or last < self._since:
                return False
        if self._until is not None:
            first = data.get("first_date")
            if first is None or first > self._until:
                return False
        return True


_ALL_EDGES = EdgeFilter()


def _literal(text: str) -> str:
    """Return ``text`` as a SPARQL string literal, escaped."""
    return str(RdfLiteral(text))


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _check_actor_type(type: str) -> None:
    if type not in _ACTOR_TYPES:
        raise UnknownNameError("actor type", type, _ACTOR_TYPES)


def _check_relation(relation: str) -> None:
    if relation not in _RELATIONS:
        raise UnknownNameError("relation", relation, _RELATIONS)


def _check_direction(direction: str) -> None:
    if direction not in DIRECTIONS:
        raise UnknownNameError("direction", direction, DIRECTIONS)


def _check_limit(limit: int, offset: int = 0) -> None:
    if limit < 0 or offset < 0:
        raise ValueError(f"limit and offset must be >= 0, not {limit} and {offset}")


# search


def _search_rows(
    store: Store,
    q: str | None,
    *,
    type: str | None,
    country: str | None,
    limit: int,
    offset: int,
    after: CursorKey | None,
) -> list[tuple[ActorSummary, CursorKey]]:
    if type is not None:
        _check_actor_type(type)
    _check_limit(limit, offset)
    needle = (q or "").strip().lower()
    filters = [f"FILTER (STRSTARTS(STR(?actor), {_literal(store.iris.base + 'actor/')}))"]
    if type is not None:
        filters.append(f"FILTER (?type0 = <{KGO[type]}>)")
    if country is not None:
        filters.append(f"FILTER (UCASE(STR(?country0)) = {_literal(country.strip().upper())})")
    if needle:
        match = f"""
        GRAPH ?h {{ ?actor ?nameProperty ?name }}
        FILTER (?nameProperty IN (rdfs:label, skos:altLabel))
        BIND (LCASE(STR(?name)) AS ?lname)
        FILTER (CONTAINS(?lname, {_literal(needle)}))
        BIND (IF(?lname = {_literal(needle)}, IF(?nameProperty = rdfs:label, 0, 1),
                 IF(STRSTARTS(?lname, {_literal(needle)}), 2, 3)) AS ?rank0)
        """
    else:
        match = "BIND (0 AS ?rank0)"
    keyset = ""
    if after is not None:
        rank, label, iri = (int(after[0]), _literal(after[1]), _literal(after[2]))
        # STR() around the aggregated keys: Virtuoso compares them with nothing otherwise.
        keyset = f"""FILTER (?rank > {rank} || (?rank = {rank} && (STR(?lkey) > {label}
                    || (STR(?lkey) = {label} && STR(?ikey) > {iri}))))"""
    sparql = f"""{_PREFIXES}
    SELECT ?actor ?rank ?label ?type ?country ?lkey ?ikey WHERE {{
      {{
        SELECT ?actor (MIN(?rank0) AS ?rank) (MIN(STR(?label0)) AS ?label)
               (MIN(STR(?type0)) AS ?type) (MIN(STR(?country0)) AS ?country)
        WHERE {{
          GRAPH ?g {{
            ?actor rdf:type ?type0 ; rdfs:label ?label0 .
            OPTIONAL {{ ?actor kgo:country ?country0 }}
          }}
          {" ".join(filters)}
          {match}
        }}
        GROUP BY ?actor
      }}
      BIND (LCASE(?label) AS ?lkey)
      BIND (STR(?actor) AS ?ikey)
      {keyset}
    }}
    ORDER BY ?rank ?lkey ?ikey
    LIMIT {int(limit)} OFFSET {int(offset)}
    """
    return [
        (
            ActorSummary(
                id=store.iris.actor_id(row["actor"].value),
                label=row["label"].value,
                type=_local(row["type"].value),
                country=row["country"].value if "country" in row else None,
            ),
            (int(row["rank"].value), row["lkey"].value, row["ikey"].value),
        )
        for row in store.select(sparql)
    ]


def search_actors(
    store: Store,
    q: str | None = None,
    *,
    type: str | None = None,
    country: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> list[ActorSummary]:
    """Find actors whose label or alias contains ``q``, best matches first.

    Matching is a case-insensitive substring match over ``rdfs:label`` and
    ``skos:altLabel``. Results are ranked: an exact match of the label, then an exact
    match of an alias, then a name that starts with ``q``, then one that contains it;
    ties are broken by label. Without ``q`` every actor matches, sorted by label.

    Args:
        store: the store to search.
        q: the text to look for; ``None`` or blank lists every actor.
        type: keep actors of this class (an :class:`~kg.types.ActorType` value).
        country: keep actors of this ISO 3166 alpha-3 country (case-insensitive).
        limit: the maximum number of results.
        offset: the number of results to skip (for paging).

    Returns:
        Up to ``limit`` actor summaries.

    Raises:
        UnknownNameError: ``type`` is not an actor type.
        ValueError: ``limit`` or ``offset`` is negative.
    """
    rows = _search_rows(
        store, q, type=type, country=country, limit=limit, offset=offset, after=None
    )
    return [actor for actor, _ in rows]


def search_actors_page(
    store: Store,
    q: str | None = None,
    *,
    type: str | None = None,
    country: str | None = None,
    limit: int = 20,
    cursor: str | None = None,
) -> Page[ActorSummary]:
    """Return one page of :func:`search_actors`, cut by a cursor instead of an offset.

    Raises:
        InvalidCursor: ``cursor`` was not handed out by this function.
        UnknownNameError: ``type`` is not an actor type.
        ValueError: ``limit`` is negative.
    """
    after = decode_cursor(cursor, "actors", (int, str, str)) if cursor else None
    rows = _search_rows(
        store, q, type=type, country=country, limit=limit + 1, offset=0, after=after
    )
    next_cursor = encode_cursor("actors", rows[limit - 1][1]) if len(rows) > limit else None
    return Page(items=tuple(actor for actor, _ in rows[:limit]), next_cursor=next_cursor)


# one actor


def _description(store: Store, actor_id: str) -> list[tuple[str, str]]:
    """Return the (property, value) pairs that describe an actor, from every graph."""
    iri = NamedNode(store.iris.actor(actor_id))
    sparql = f"""{_PREFIXES}
    SELECT DISTINCT ?p ?o WHERE {{
      GRAPH ?g {{ {iri} ?p ?o }}
      FILTER (?p IN (rdf:type, rdfs:label, skos:altLabel, kgo:country, kgo:wikidata,
                     kgo:partOf, owl:sameAs))
    }}
    """
    return [(row["p"].value, row["o"].value) for row in store.select(sparql)]


def actor_exists(store: Store, actor_id: str) -> bool:
    """Return whether the store holds a description of the actor ``actor_id``."""
    iri = NamedNode(store.iris.actor(actor_id))
    sparql = f"""{_PREFIXES}
    SELECT ?p WHERE {{
      GRAPH ?g {{ {iri} ?p ?o }}
      FILTER (?p IN (rdf:type, rdfs:label, skos:altLabel))
    }} LIMIT 1
    """
    return bool(store.select(sparql))


def get_actor(
    store: Store, actor_id: str, *, graph: ActorGraph | None = None, top: int = 10
) -> ActorDetail:
    """Describe one actor: names, type, country, links, and its place in the graph.

    Args:
        store: the store that holds the actor's description.
        actor_id: the actor's id (the last segment of its IRI).
        graph: the networkx projection; when given, the degrees and the most frequent
            relations are filled in.
        top: how many relations to keep in ``top_relations``.

    Returns:
        The actor's details.

    Raises:
        ActorNotFound: the store holds no description of the actor.
    """
    pairs = _description(store, actor_id)
    if not pairs:
        raise ActorNotFound(actor_id)
    values: dict[str, list[str]] = {}
    for prop, value in pairs:
        values.setdefault(prop, []).append(value)
    labels = sorted(set(values.get(PREFIXES["rdfs"] + "label", [])))
    types = sorted(_local(t) for t in values.get(PREFIXES["rdf"] + "type", []))
    # An actor described in several graphs may carry the generic class as well.
    specific = [t for t in types if t in _ACTOR_TYPES] or types or ["Actor"]
    prefix = store.iris.base + "actor/"
    part_of = sorted(
        store.iris.actor_id(p) for p in values.get(str(KGO.partOf), []) if p.startswith(prefix)
    )
    detail: dict[str, Any] = {
        "id": actor_id,
        "label": labels[0] if labels else actor_id,
        "type": specific[0],
        "labels": tuple(labels),
        "aliases": tuple(sorted(set(values.get(PREFIXES["skos"] + "altLabel", [])))),
        "country": min(values[str(KGO.country)]) if str(KGO.country) in values else None,
        "wikidata": min(values[str(KGO.wikidata)]) if str(KGO.wikidata) in values else None,
        "same_as": tuple(sorted(set(values.get(PREFIXES["owl"] + "sameAs", [])))),
        "part_of": tuple(part_of),
    }
    if graph is not None:
        detail.update(_graph_summary(graph, actor_id, top=top))
    return ActorDetail(**detail)


def _graph_summary(graph: ActorGraph, actor_id: str, *, top: int) -> dict[str, Any]:
    if actor_id not in graph:
        return {"degree": 0, "in_degree": 0, "out_degree": 0, "top_relations": ()}
    edges: Counter[tuple[str, Literal["out", "in"]]] = Counter()
    evidence: Counter[tuple[str, Literal["out", "in"]]] = Counter()
    for _, _, relation, data in graph.out_edges(actor_id, keys=True, data=True):
        edges[relation, "out"] += 1
        evidence[relation, "out"] += int(data.get("evidence", 0))
    for _, _, relation, data in graph.in_edges(actor_id, keys=True, data=True):
        edges[relation, "in"] += 1
        evidence[relation, "in"] += int(data.get("evidence", 0))
    ranked = sorted(edges, key=lambda key: (-evidence[key], -edges[key], key))
    return {
        "degree": int(graph.degree(actor_id)),
        "in_degree": int(graph.in_degree(actor_id)),
        "out_degree": int(graph.out_degree(actor_id)),
        "top_relations": tuple(
            RelationCount(
                relation=relation,
                direction=direction,
                edges=edges[relation, direction],
                evidence=evidence[relation, direction],
            )
            for relation, direction in ranked[:top]
        ),
    }


def _in_graph(graph: ActorGraph, actor_id: str, store: Store | None) -> bool:
    """Return whether the actor is a node; raise if it is neither a node nor in ``store``.

    Without ``store``, graph membership alone decides.
    """
    if actor_id in graph:
        return True
    if store is not None and actor_exists(store, actor_id):
        return False
    raise ActorNotFound(actor_id)


# relations

EdgeItem = tuple[str, str, str, dict[str, Any]]  # subject, object, relation, attributes


def _edge(subject: str, obj: str, relation: str, data: dict[str, Any]) -> RelationEdge:
    return RelationEdge(
        subject=subject,
        relation=relation,
        object=obj,
        evidence=int(data.get("evidence", 0)),
        articles=tuple(data.get("articles", ())),
        first_date=data.get("first_date"),
        last_date=data.get("last_date"),
        confidence=float(data.get("confidence", 0.0)),
        modalities=tuple(data.get("modalities", ())),
    )


def _sort_key(subject: str, obj: str, relation: str, data: dict[str, Any]) -> CursorKey:
    """Most evidence first, then relation, subject and object: unique for an edge."""
    return (-int(data.get("evidence", 0)), relation, subject, obj)


def _actor_edges(graph: ActorGraph, actor_id: str, direction: Direction) -> Iterator[EdgeItem]:
    if direction in ("both", "out"):
        for _, obj, key, data in graph.out_edges(actor_id, keys=True, data=True):
            yield actor_id, obj, key, data
    if direction in ("both", "in"):
        for subject, _, key, data in graph.in_edges(actor_id, keys=True, data=True):
            # A self-loop is both an out- and an in-edge: keep one copy.
            if direction == "in" or subject != actor_id:
                yield subject, actor_id, key, data


def _relations_after(cursor: str | None) -> CursorKey | None:
    return decode_cursor(cursor, "relations", (int, str, str, str)) if cursor else None


def _page_edges(
    items: Iterable[EdgeItem], edge_filter: EdgeFilter, limit: int, cursor: str | None
) -> Page[RelationEdge]:
    """Cut one page out of unsorted edges: a bounded heap, not a sort of all of them."""
    _check_limit(limit)
    after = _relations_after(cursor)

    def keyed() -> Iterator[tuple[CursorKey, EdgeItem]]:
        for item in items:
            if edge_filter.accepts(item[2], item[3]):
                key = _sort_key(*item)
                if after is None or key > after:
                    yield key, item

    return _to_page(heapq.nsmallest(limit + 1, keyed(), key=itemgetter(0)), limit)


def _to_page(selected: Sequence[tuple[CursorKey, EdgeItem]], limit: int) -> Page[RelationEdge]:
    more = len(selected) > limit
    page = selected[:limit]
    return Page(
        items=tuple(_edge(*item) for _, item in page),
        next_cursor=encode_cursor("relations", page[-1][0]) if more and page else None,
    )


def actor_relations(
    graph: ActorGraph,
    actor_id: str,
    *,
    direction: Direction = "both",
    relation: str | None = None,
    store: Store | None = None,
    edge_filter: EdgeFilter | None = None,
) -> list[RelationEdge]:
    """List the edges of an actor in the projection, most evidence first.

    Whether the actor exists is decided by graph membership first: a node of the
    projection is an actor. An actor that is not a node has no edges; with ``store``
    given, it is looked up there and an actor described in the store gets an empty
    list. Without ``store``, graph membership alone decides.

    Args:
        graph: the networkx projection (:func:`kg.graph.build_graph`).
        actor_id: the actor's id.
        direction: ``out`` for edges where the actor is the subject, ``in`` where it is
            the object, ``both`` for all of them.
        relation: keep only this relation (a :class:`~kg.types.Relation` value).
        store: the store, to tell an actor without edges from an unknown one.
        edge_filter: keep only the edges it accepts.

    Returns:
        The edges, sorted by evidence (descending), relation, subject and object.

    Raises:
        UnknownNameError: ``relation`` is not a relation, or ``direction`` is not a
            direction.
        ActorNotFound: the actor is neither a node of ``graph`` nor described in
            ``store``.
    """
    _check_direction(direction)
    if relation is not None:
        _check_relation(relation)
    if not _in_graph(graph, actor_id, store):
        return []
    keep = edge_filter or _ALL_EDGES
    items = [
        item
        for item in _actor_edges(graph, actor_id, direction)
        if (relation is None or item[2] == relation) and keep.accepts(item[2], item[3])
    ]
    items.sort(key=lambda item: _sort_key(*item))
    return [_edge(*item) for item in items]


def actor_relations_page(
    graph: ActorGraph,
    actor_id: str,
    *,
    direction: Direction = "both",
    edge_filter: EdgeFilter | None = None,
    limit: int = 100,
    cursor: str | None = None,
    store: Store | None = None,
) -> Page[RelationEdge]:
    """Return one page of an actor's edges (see :func:`actor_relations`).

    Only the page is built: the actor's edges go through a bounded heap, or, for a hub,
    through its edges sorted once per projection (from the cursor on, until the page is
    full), so that a hub with a hundred thousand edges is read as fast as a leaf.

    Raises:
        ActorNotFound: the actor is neither a node of ``graph`` nor described in
            ``store``.
        InvalidCursor: ``cursor`` was not handed out for a list of edges.
        UnknownNameError: ``direction`` is not a direction.
    """
    _check_direction(direction)
    if not _in_graph(graph, actor_id, store):
        _relations_after(cursor)  # a bad cursor is an error even on an empty list
        return Page(items=())
    return _actor_page(graph, actor_id, direction, edge_filter or _ALL_EDGES, limit, cursor)


HUB_DEGREE = 256
"""Actors with at least this many edges have their orderings kept, once per projection."""


@dataclass(slots=True)
class _SortedEdges:
    keys: list[CursorKey]
    items: list[tuple[str, str, str]]


@dataclass(slots=True)
class _Orderings:
    """Orderings computed on first use, kept for the life of one projection.

    The projection is never changed in place (a write makes a new one, see
    :func:`kg.graph.update_graph`), so nothing here goes stale; a race between two
    requests computes the same value twice. A projection made from another by an update
    starts with the orderings that the update left valid (:func:`carry_orderings`).
    """

    edges: dict[tuple[str, Direction] | None, _SortedEdges] = field(default_factory=dict)
    neighbours: dict[tuple[str, bool, bool], list[str]] = field(default_factory=dict)
    pagerank: dict[str, float] | None = None


_ORDERINGS: WeakKeyDictionary[ActorGraph, _Orderings] = WeakKeyDictionary()


def _orderings(graph: ActorGraph) -> _Orderings:
    found = _ORDERINGS.get(graph)
    if found is None:
        found = _ORDERINGS[graph] = _Orderings()
    return found


def _is_hub(graph: ActorGraph, actor_id: str) -> bool:
    """Return whether the actor has at least :data:`HUB_DEGREE` edges.

    Counting a hub's edges reads all its neighbours: its number of neighbours, which
    is never more, answers first.
    """
    neighbours = len(graph.succ[actor_id]) + len(graph.pred[actor_id])
    return neighbours >= HUB_DEGREE or graph.degree(actor_id) >= HUB_DEGREE


PATCH_MOST = 2000
"""The most changed edges for which :func:`carry_orderings` patches the list of all edges.

Beyond it the list is dropped and sorted again on first use: each patch moves part of
a list as long as the projection's edges.
"""


def carry_orderings(old: ActorGraph, new: ActorGraph, change: ProjectionChange) -> None:
    """Give ``new`` the orderings cached for ``old`` that ``change`` leaves valid.

    ``new`` is ``old`` after :func:`kg.graph.update_graph`, which gave ``change``. The
    orderings of an actor whose edges changed (an actor's edges in page order, its
    neighbours by evidence) are left out: they are made again on first use. The others
    are shared (neither projection changes them). The list of all edges in page order is
    copied and patched, an edge out and an edge in for each changed one, unless more than
    :data:`PATCH_MOST` changed. The PageRank goes when any edge changed. Nothing is
    kept for a rebuilt projection.

    Call it before ``new`` is read: orderings made for ``new`` in the meantime are
    replaced.
    """
    found = _ORDERINGS.get(old)
    if found is None or new is old or change.rebuilt:
        return
    touched = change.actors
    # Requests on ``old`` may add orderings meanwhile: copy the mappings first (dict()
    # and list() of a dict copy it in one step).
    carried = _Orderings(
        edges={
            scope: ordered
            for scope, ordered in list(found.edges.items())
            if scope is not None and scope[0] not in touched
        },
        neighbours={
            key: ranked for key, ranked in list(found.neighbours.items()) if key[0] not in touched
        },
        pagerank=found.pagerank if not change.edges else None,
    )
    everything = found.edges.get(None)
    if everything is not None and len(change.edges) <= PATCH_MOST:
        carried.edges[None] = _patched(everything, old, new, change.edges)
    _ORDERINGS[new] = carried


def _patched(
    ordered: _SortedEdges, old: ActorGraph, new: ActorGraph, edges: Iterable[tuple[str, str, str]]
) -> _SortedEdges:
    """Return a copy of the sorted edges of ``old`` with ``edges`` as they are in ``new``."""
    keys, items = list(ordered.keys), list(ordered.items)
    for subject, obj, relation in edges:
        before = old.get_edge_data(subject, obj, key=relation)
        if before is not None:
            key = _sort_key(subject, obj, relation, before)
            index = bisect_left(keys, key)
            if index < len(keys) and keys[index] == key:
                del keys[index], items[index]
        after = new.get_edge_data(subject, obj, key=relation)
        if after is not None:
            key = _sort_key(subject, obj, relation, after)
            index = bisect_left(keys, key)
            keys.insert(index, key)
            items.insert(index, (subject, obj, relation))
    return _SortedEdges(keys=keys, items=items)


def _sorted_edges(
    graph: ActorGraph, scope: tuple[str, Direction] | None, items: Iterable[EdgeItem]
) -> _SortedEdges:
    """Edges in page order: all of them (``scope`` None) or an actor's, sorted once."""
    cache = _orderings(graph).edges
    ordered = cache.get(scope)
    if ordered is None:
        entries = sorted((_sort_key(*item), (item[0], item[1], item[2])) for item in items)
        ordered = _SortedEdges(keys=[e[0] for e in entries], items=[e[1] for e in entries])
        cache[scope] = ordered
    return ordered


def _walk_sorted(
    graph: ActorGraph, ordered: _SortedEdges, keep: EdgeFilter, limit: int, cursor: str | None
) -> Page[RelationEdge]:
    _check_limit(limit)
    after = _relations_after(cursor)
    start = bisect_right(ordered.keys, after) if after is not None else 0
    selected: list[tuple[CursorKey, EdgeItem]] = []
    for index in range(start, len(ordered.keys)):
        s, o, k = ordered.items[index]
        data = graph.get_edge_data(s, o, key=k)
        if data is not None and keep.accepts(k, data):
            selected.append((ordered.keys[index], (s, o, k, data)))
            if len(selected) > limit:
                break
    return _to_page(selected, limit)


def _actor_page(
    graph: ActorGraph,
    actor_id: str,
    direction: Direction,
    keep: EdgeFilter,
    limit: int,
    cursor: str | None,
) -> Page[RelationEdge]:
    edges = _actor_edges(graph, actor_id, direction)
    if not _is_hub(graph, actor_id):
        return _page_edges(edges, keep, limit, cursor)
    ordered = _sorted_edges(graph, (actor_id, direction), edges)
    return _walk_sorted(graph, ordered, keep, limit, cursor)


def relations_page(
    graph: ActorGraph,
    *,
    subject: str | None = None,
    object: str | None = None,
    edge_filter: EdgeFilter | None = None,
    limit: int = 100,
    cursor: str | None = None,
    store: Store | None = None,
) -> Page[RelationEdge]:
    """Return one page of the projection's edges, most evidence first.

    With ``subject`` and/or ``object``, only the edges between them are read. Without
    either, the projection's edges are walked in page order (sorted once per
    projection: the first call on a large projection takes a while) from the cursor
    until the page is full.

    Raises:
        ActorNotFound: ``subject`` or ``object`` is neither a node of ``graph`` nor
            described in ``store``.
        InvalidCursor: ``cursor`` was not handed out for a list of edges.
    """
    keep = edge_filter or _ALL_EDGES
    _check_limit(limit)
    present = [_in_graph(graph, a, store) for a in (subject, object) if a is not None]
    if not all(present):
        _relations_after(cursor)
        return Page(items=())
    if subject is not None and object is not None:
        between = graph.get_edge_data(subject, object) or {}
        items: Iterable[EdgeItem] = [(subject, object, k, d) for k, d in between.items()]
        return _page_edges(items, keep, limit, cursor)
    if subject is not None:
        return _actor_page(graph, subject, "out", keep, limit, cursor)
    if object is not None:
        return _actor_page(graph, object, "in", keep, limit, cursor)
    everything = ((s, o, k, d) for s, o, k, d in graph.edges(keys=True, data=True))
    return _walk_sorted(graph, _sorted_edges(graph, None, everything), keep, limit, cursor)


# neighbours and paths


@dataclass(frozen=True, slots=True, kw_only=True)
class NodeRef:
    """An actor met on a walk of the projection.

    Attributes:
        distance: the number of steps from where the walk started.
    """

    id: str
    label: str
    type: str
    country: str | None = None
    distance: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class EdgeRef:
    """An edge met on a walk: who, what, whom, and how many assertions say so."""

    subject: str
    relation: str
    object: str
    evidence: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Neighbourhood:
    """The actors around one actor and the edges that reach them.

    Attributes:
        nodes: the actor first, then the others by distance (at each distance, those
            with the most evidence to the actor that reached them first).
        edges: the edges walked: each edge of an actor closer than ``depth`` to another
            actor in ``nodes``.
        truncated: whether actors or edges were left out to keep within the limits.
    """

    actor: str
    depth: int
    nodes: tuple[NodeRef, ...]
    edges: tuple[EdgeRef, ...]
    truncated: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class PathStep:
    """One step of a path, with every edge (of the allowed relations) between its ends."""

    source: str
    target: str
    edges: tuple[EdgeRef, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorPath:
    """A shortest path: the actors from start to end and the steps between them."""

    actors: tuple[str, ...]
    steps: tuple[PathStep, ...]

    @property
    def length(self) -> int:
        """The number of steps."""
        return len(self.steps)


def _node_ref(graph: ActorGraph, actor_id: str, distance: int) -> NodeRef:
    data = graph.nodes[actor_id]
    return NodeRef(
        id=actor_id,
        label=str(data.get("label", actor_id)),
        type=str(data.get("type", "Actor")),
        country=data.get("country"),
        distance=distance,
    )


def _check_relations(relations: Iterable[str] | None) -> frozenset[str] | None:
    if relations is None:
        return None
    wanted = frozenset(relations)
    for relation in wanted:
        _check_relation(relation)
    return wanted or None


def _adjacency(graph: ActorGraph, actor_id: str, *, out: bool, into: bool) -> list[Any]:
    """The actor's successors and/or predecessors: ``{other: {relation: attributes}}``."""
    return [graph.succ[actor_id]] * out + [graph.pred[actor_id]] * into


def _ranked_neighbours(
    graph: ActorGraph,
    actor_id: str,
    *,
    out: bool,
    into: bool,
    wanted: frozenset[str] | None,
    most: int,
) -> list[str]:
    """Return the actor's neighbours, most evidence (both ways together) first, then by id.

    A hub's full ranking, when no relation is left out, is kept for the projection (it
    is the costly part of a walk); otherwise only the first ``most`` are ranked (a
    bounded heap, not a sort of all of them).
    """
    key = (actor_id, out, into)
    keep = wanted is None and _is_hub(graph, actor_id)
    if keep and (cached := _orderings(graph).neighbours.get(key)) is not None:
        return cached
    totals: dict[str, int] = {}
    for adjacency in _adjacency(graph, actor_id, out=out, into=into):
        for other, keyed in adjacency.items():
            if other == actor_id or (wanted is not None and wanted.isdisjoint(keyed)):
                continue
            evidence = sum(
                int(data.get("evidence", 0))
                for relation, data in keyed.items()
                if wanted is None or relation in wanted
            )
            totals[other] = totals.get(other, 0) + evidence

    def order(other: str) -> tuple[int, str]:
        return -totals[other], other

    if not keep and len(totals) > most:
        return heapq.nsmallest(most, totals, key=order)
    ranked = sorted(totals, key=order)
    if keep:
        _orderings(graph).neighbours[key] = ranked
    return ranked


def _edges_among(
    graph: ActorGraph,
    sources: Iterable[str],
    members: dict[str, int],
    *,
    out: bool,
    into: bool,
    wanted: frozenset[str] | None,
    max_edges: int,
) -> tuple[dict[tuple[str, str, str], EdgeRef], bool]:
    """Return the edges between each of ``sources`` and the actors in ``members``.

    Sources are read in order, and each one's edges in the order of ``members``, until
    more than ``max_edges`` edges are found, or ``max_edges`` with sources left (the
    flag says so): a hub next to many members costs no more than ``max_edges`` edges.
    Each adjacency is read from its smaller side: a hub's edges are looked up actor by
    actor in ``members`` instead of being read whole.
    """
    edges: dict[tuple[str, str, str], EdgeRef] = {}
    rank = {member: i for i, member in enumerate(members)}  # the order of the walk
    for actor in sources:
        if len(edges) >= max_edges:
            return edges, True
        for forwards, adjacency in zip(
            (True,) * out + (False,) * into,
            _adjacency(graph, actor, out=out, into=into),
            strict=True,
        ):
            if len(adjacency) <= len(members):
                pairs = [(o, adjacency[o]) for o in adjacency if o in members]
                pairs.sort(key=lambda pair: rank[pair[0]])
            else:
                pairs = [(o, adjacency[o]) for o in members if o in adjacency]
            for other, keyed in pairs:
                subject, obj = (actor, other) if forwards else (other, actor)
                for relation, data in keyed.items():
                    if wanted is None or relation in wanted:
                        edges[subject, relation, obj] = EdgeRef(
                            subject=subject,
                            relation=relation,
                            object=obj,
                            evidence=int(data.get("evidence", 0)),
                        )
                        if len(edges) > max_edges:
                            return edges, True
    return edges, False


def neighbourhood(
    graph: ActorGraph,
    actor_id: str,
    *,
    depth: int = 1,
    relations: Iterable[str] | None = None,
    direction: Direction = "both",
    limit: int = 200,
    max_edges: int = 1000,
    store: Store | None = None,
) -> Neighbourhood:
    """Walk the projection breadth-first from an actor, up to ``depth`` steps.

    At each actor the walk takes the neighbours with the most evidence first, so that
    when ``limit`` stops it, the best-attested actors are those kept. The edges returned
    are those between the actors kept, where one end is closer than ``depth``: those of
    the start first, then those of the other actors in the order they were reached, up to
    ``max_edges``.

    The cost is bounded by the limits, not by the hubs met on the way: at each actor,
    only the first ``limit + 1`` neighbours are ranked (a heap over its neighbours, or,
    for a hub walked without a relation filter, its full ranking, made once per
    projection); edges are looked up from the smaller side (a hub's edges to the actors
    kept, not all of them), and no more than ``max_edges + 1`` are gathered.

    Args:
        graph: the networkx projection.
        actor_id: where the walk starts.
        depth: how many steps to take, 1 to :data:`MAX_DEPTH`.
        relations: follow only edges of these relations (all when ``None``).
        direction: follow edges forwards (``out``), backwards (``in``) or both ways.
        limit: the most actors to return, the start included; the walk stops adding
            actors when it is reached and says so with ``truncated``.
        max_edges: the most edges to return (also ``truncated`` when reached).
        store: the store, to tell an actor without edges from an unknown one.

    Raises:
        ActorNotFound: the actor is neither a node of ``graph`` nor described in
            ``store``.
        UnknownNameError: a relation or the direction is not known.
        ValueError: ``depth``, ``limit`` or ``max_edges`` is out of range.
    """
    _check_direction(direction)
    wanted = _check_relations(relations)
    if not 1 <= depth <= MAX_DEPTH:
        raise ValueError(f"depth must be between 1 and {MAX_DEPTH}, not {depth}")
    if limit < 1 or max_edges < 1:
        raise ValueError(f"limit and max_edges must be >= 1, not {limit} and {max_edges}")
    if not _in_graph(graph, actor_id, store):
        assert store is not None  # _in_graph raises without a store
        actor = get_actor(store, actor_id)
        start = NodeRef(id=actor.id, label=actor.label, type=actor.type, country=actor.country)
        return Neighbourhood(actor=actor_id, depth=depth, nodes=(start,), edges=())
    out, into = direction in ("both", "out"), direction in ("both", "in")
    distance = {actor_id: 0}
    frontier = [actor_id]
    truncated = False
    for level in range(1, depth + 1):
        following: list[str] = []
        for current in frontier:
            if len(distance) >= limit:
                # Full: is anything left out? (The first actor not kept answers.)
                truncated = truncated or any(
                    other not in distance and (wanted is None or not wanted.isdisjoint(keyed))
                    for adjacency in _adjacency(graph, current, out=out, into=into)
                    for other, keyed in adjacency.items()
                )
                if truncated:
                    break
                continue
            # At most len(distance) of the first limit + 1 are already walked: enough
            # to fill up to the limit and to see whether anything is left out.
            ranked = _ranked_neighbours(
                graph, current, out=out, into=into, wanted=wanted, most=limit + 1
            )
            for other in ranked:
                if other in distance:
                    continue
                if len(distance) >= limit:
                    truncated = True
                    break
                distance[other] = level
                following.append(other)
        frontier = following
        if truncated or not frontier:
            break
    inner = [node for node, d in distance.items() if d < depth]
    edges, cut = _edges_among(
        graph, inner, distance, out=out, into=into, wanted=wanted, max_edges=max_edges
    )
    return Neighbourhood(
        actor=actor_id,
        depth=depth,
        nodes=tuple(_node_ref(graph, node, d) for node, d in distance.items()),
        edges=tuple(edges.values())[:max_edges],
        truncated=truncated or cut or len(edges) > max_edges,
    )


def _adjacent(
    graph: ActorGraph, actor_id: str, *, out: bool, into: bool, wanted: frozenset[str] | None
) -> Iterator[str]:
    for adjacency in _adjacency(graph, actor_id, out=out, into=into):
        for other, keyed in adjacency.items():
            if wanted is None or not wanted.isdisjoint(keyed):
                yield other


def _expand(
    graph: ActorGraph,
    frontier: list[str],
    seen: dict[str, list[str]],
    *,
    out: bool,
    into: bool,
    wanted: frozenset[str] | None,
) -> list[str]:
    """Take one breadth-first step; record each new actor's predecessors in ``seen``."""
    following: dict[str, list[str]] = {}
    for current in frontier:
        for other in _adjacent(graph, current, out=out, into=into, wanted=wanted):
            if other in seen:
                continue
            before = following.setdefault(other, [])
            if current not in before:
                before.append(current)
    seen.update(following)
    return sorted(following)


def _walks(predecessors: dict[str, list[str]], node: str) -> Iterator[list[str]]:
    """Yield every walk from the root of a breadth-first search to ``node``."""
    before = predecessors[node]
    if not before:
        yield [node]
        return
    for previous in before:
        for walk in _walks(predecessors, previous):
            yield [*walk, node]


def _step(
    graph: ActorGraph, source: str, target: str, *, directed: bool, wanted: frozenset[str] | None
) -> PathStep:
    refs = [
        EdgeRef(subject=s, relation=k, object=o, evidence=int(d.get("evidence", 0)))
        for s, o in ((source, target), (target, source))
        if not (directed and s == target)
        for k, d in (graph.get_edge_data(s, o) or {}).items()
        if wanted is None or k in wanted
    ]
    return PathStep(source=source, target=target, edges=tuple(refs))


def shortest_paths(
    graph: ActorGraph,
    source: str,
    target: str,
    *,
    max_length: int = 4,
    relations: Iterable[str] | None = None,
    directed: bool = False,
    limit: int = 10,
    store: Store | None = None,
) -> list[ActorPath]:
    """Find the shortest paths between two actors in the projection.

    A bidirectional breadth-first search (it grows the smaller side), so a path between
    two hubs does not visit the whole graph. Each step lists every edge between its
    two actors with its evidence count.

    Args:
        graph: the networkx projection.
        source: where paths start.
        target: where paths end.
        max_length: the longest path to look for, 1 to :data:`MAX_PATH_LENGTH` steps.
        relations: follow only edges of these relations (all when ``None``).
        directed: follow edges only from subject to object; by default edges are
            followed both ways ("how is X connected to Y").
        limit: the most paths to return.
        store: the store, to tell actors without edges from unknown ones.

    Returns:
        Up to ``limit`` paths, all of the shortest length (none when the actors are not
        connected within ``max_length`` steps).

    Raises:
        ActorNotFound: ``source`` or ``target`` is neither a node of ``graph`` nor
            described in ``store``.
        UnknownNameError: a relation is not known.
        ValueError: ``max_length`` or ``limit`` is out of range.
    """
    wanted = _check_relations(relations)
    if not 1 <= max_length <= MAX_PATH_LENGTH:
        raise ValueError(f"max_length must be between 1 and {MAX_PATH_LENGTH}, not {max_length}")
    if limit < 1:
        raise ValueError(f"limit must be >= 1, not {limit}")
    present = [_in_graph(graph, actor, store) for actor in (source, target)]
    if source == target:
        return [ActorPath(actors=(source,), steps=())]
    if not all(present):
        return []
    forward: dict[str, list[str]] = {source: []}
    backward: dict[str, list[str]] = {target: []}
    ahead, behind = [source], [target]
    length = 0
    meeting: list[str] = []
    while ahead and behind and length < max_length and not meeting:
        if len(ahead) <= len(behind):
            ahead = _expand(graph, ahead, forward, out=True, into=not directed, wanted=wanted)
            meeting = [node for node in ahead if node in backward]
        else:
            behind = _expand(graph, behind, backward, out=not directed, into=True, wanted=wanted)
            meeting = [node for node in behind if node in forward]
        length += 1

    def paths() -> Iterator[list[str]]:
        for middle in meeting:
            for head in _walks(forward, middle):
                for tail in _walks(backward, middle):
                    yield head + tail[::-1][1:]

    return [
        ActorPath(
            actors=tuple(path),
            steps=tuple(
                _step(graph, a, b, directed=directed, wanted=wanted) for a, b in pairwise(path)
            ),
        )
        for path in islice(paths(), limit)
    ]


# statistics


@dataclass(frozen=True, slots=True, kw_only=True)
class RankedActor:
    """An actor with its degree and PageRank in the projection."""

    id: str
    label: str
    type: str
    degree: int
    pagerank: float


@dataclass(frozen=True, slots=True, kw_only=True)
class GraphStats:
    """What the store holds and who is central in the projection.

    Attributes:
        articles: articles in the store.
        assertions: assertions in the store, every modality.
        modalities: assertions by modality (``asserted``, ``alleged``...).
        actors: actors in at least one edge (nodes of the projection).
        edges: (subject, relation, object) edges of the projection.
        relations: edges by relation.
        top_degree: the actors with the most edges.
        top_pagerank: the actors with the highest PageRank (edges weighted by evidence).
    """

    articles: int
    assertions: int
    modalities: dict[str, int]
    actors: int
    edges: int
    relations: dict[str, int]
    top_degree: tuple[RankedActor, ...]
    top_pagerank: tuple[RankedActor, ...]


def pagerank(
    graph: ActorGraph, *, alpha: float = 0.85, tol: float = 1.0e-6, max_iter: int = 100
) -> dict[str, float]:
    """Return the PageRank of each actor, edges weighted by their evidence.

    The same definition as :func:`networkx.pagerank` (parallel edges add up, dangling
    actors spread their rank evenly), computed with numpy so that it needs no scipy;
    the result is cached for each projection.

    >>> import networkx as nx
    >>> graph = nx.MultiDiGraph()
    >>> graph.add_edge("a", "b", key="supports", evidence=1)
    'supports'
    >>> ranks = pagerank(graph)
    >>> round(ranks["a"] + ranks["b"], 6), ranks["b"] > ranks["a"]
    (1.0, True)
    """
    cached = _orderings(graph).pagerank
    if cached is not None:
        return cached
    nodes = list(graph)
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    n = len(nodes)
    edges = list(graph.edges(data="evidence", default=1))
    sources = np.fromiter((index[s] for s, _, _ in edges), dtype=np.int64, count=len(edges))
    targets = np.fromiter((index[t] for _, t, _ in edges), dtype=np.int64, count=len(edges))
    weights = np.fromiter((float(w) for _, _, w in edges), dtype=np.float64, count=len(edges))
    out_weight = np.bincount(sources, weights=weights, minlength=n)
    dangling = out_weight == 0
    share = np.divide(weights, out_weight[sources], out=np.zeros_like(weights), where=weights > 0)
    rank = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        previous = rank
        spread = alpha * previous[dangling].sum() / n + (1.0 - alpha) / n
        rank = alpha * np.bincount(targets, weights=previous[sources] * share, minlength=n)
        rank += spread
        if np.abs(rank - previous).sum() < n * tol:
            break
    result = {node: float(rank[i]) for node, i in index.items()}
    _orderings(graph).pagerank = result
    return result


def _count_assertions(store: Store) -> dict[str, int]:
    sparql = f"""{_PREFIXES}
    SELECT ?modality (COUNT(?a) AS ?n) WHERE {{
      GRAPH ?g {{ ?a rdf:type kgo:Assertion ; kgo:modality ?modality }}
    }} GROUP BY ?modality
    """
    counts = dict.fromkeys(MODALITIES, 0)
    for row in store.select(sparql):
        counts[_local(row["modality"].value).lower()] = int(row["n"].value)
    return counts


def graph_stats(store: Store, graph: ActorGraph, *, top: int = 10) -> GraphStats:
    """Count the store's articles and assertions and rank the projection's actors.

    Two small queries on the store (its graphs, its assertions by modality); the rest
    from the projection, with the PageRank computed once per projection.
    """
    ranks = pagerank(graph)
    degrees = dict(graph.degree())

    def ranked(actor_id: str) -> RankedActor:
        data = graph.nodes[actor_id]
        return RankedActor(
            id=actor_id,
            label=str(data.get("label", actor_id)),
            type=str(data.get("type", "Actor")),
            degree=int(degrees[actor_id]),
            pagerank=round(ranks[actor_id], 6),
        )

    by_degree = heapq.nsmallest(top, degrees, key=lambda a: (-degrees[a], a))
    by_rank = heapq.nsmallest(top, ranks, key=lambda a: (-ranks[a], a))
    modalities = _count_assertions(store)
    relations = Counter(key for _, _, key in graph.edges(keys=True))
    return GraphStats(
        articles=len(store.article_ids()),
        assertions=sum(modalities.values()),
        modalities=modalities,
        actors=graph.number_of_nodes(),
        edges=graph.number_of_edges(),
        relations=dict(sorted(relations.items())),
        top_degree=tuple(ranked(a) for a in by_degree),
        top_pagerank=tuple(ranked(a) for a in by_rank),
    )


def filter_projection(graph: ActorGraph, edge_filter: EdgeFilter) -> ActorGraph:
    """Return a copy of the projection with only the edges ``edge_filter`` accepts.

    Actors keep their attributes; an actor left without edges is left out.
    """
    result: ActorGraph = type(graph)()
    for subject, obj, key, data in graph.edges(keys=True, data=True):
        if edge_filter.accepts(key, data):
            result.add_edge(subject, obj, key=key, **data)
    for node in result.nodes:
        result.nodes[node].update(graph.nodes[node])
    return result
