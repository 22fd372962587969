"""List the edges of one actor, or of the whole projection, one page at a time.

Read from the in-memory projection only: they never scan the store.
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from kg.graph import ActorGraph
from kg.query.actors import _in_graph
from kg.query.filters import (
    _ALL_EDGES,
    Direction,
    EdgeFilter,
    _check_direction,
    _check_limit,
    _check_relation,
)
from kg.query.orderings import EdgeItem, _is_hub, _sort_key, _sorted_edges, _SortedEdges
from kg.query.pages import CursorKey, Page, decode_cursor, encode_cursor
from kg.store import Store

__all__ = [
    "RelationEdge",
    "actor_relations",
    "actor_relations_page",
    "relations_page",
]


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
