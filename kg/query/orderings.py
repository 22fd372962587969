"""Orderings of a projection, computed on first use and kept for its life.

The edges in page order (all of them, or a hub's), a hub's neighbours by evidence and
the PageRank; :func:`carry_orderings` hands those an update leaves valid to the new
projection.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from weakref import WeakKeyDictionary

from kg.graph import ActorGraph, ProjectionChange
from kg.query.filters import Direction
from kg.query.pages import CursorKey

__all__ = [
    "HUB_DEGREE",
    "PATCH_MOST",
    "carry_orderings",
]


EdgeItem = tuple[str, str, str, dict[str, Any]]  # subject, object, relation, attributes


def _sort_key(subject: str, obj: str, relation: str, data: dict[str, Any]) -> CursorKey:
    """Most evidence first, then relation, subject and object: unique for an edge."""
    return (-int(data.get("evidence", 0)), relation, subject, obj)


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
