"""Walk the projection: the neighbourhood of an actor and the shortest paths between two.

Read from the in-memory projection only; the cost is bounded by the limits, not by
the hubs met on the way.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice, pairwise
from typing import TYPE_CHECKING, Any

from kg.graph import ActorGraph
from kg.query.actors import _in_graph, get_actor
from kg.query.filters import Direction, _check_direction, _check_relations
from kg.query.orderings import _is_hub, _orderings
from kg.store import Store

if TYPE_CHECKING:
    from kg.executor import Deadline

__all__ = [
    "MAX_DEPTH",
    "MAX_PATH_LENGTH",
    "ActorPath",
    "EdgeRef",
    "Neighbourhood",
    "NodeRef",
    "PathStep",
    "neighbourhood",
    "shortest_paths",
]


MAX_DEPTH = 3
"""The deepest :func:`neighbourhood` walk."""


MAX_PATH_LENGTH = 6
"""The longest path :func:`shortest_paths` looks for."""


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
    deadline: Deadline | None,
) -> list[str]:
    """Take one breadth-first step; record each new actor's predecessors in ``seen``."""
    following: dict[str, list[str]] = {}
    for current in frontier:
        if deadline is not None:
            deadline.check()
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
    deadline: Deadline | None = None,
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
        deadline: checked at each actor the search expands and each path it reads: the
            search stops when it has passed.

    Returns:
        Up to ``limit`` paths, all of the shortest length (none when the actors are not
        connected within ``max_length`` steps).

    Raises:
        ActorNotFound: ``source`` or ``target`` is neither a node of ``graph`` nor
            described in ``store``.
        UnknownNameError: a relation is not known.
        ValueError: ``max_length`` or ``limit`` is out of range.
        QueryTimeout: ``deadline`` passed.
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
            ahead = _expand(
                graph, ahead, forward, out=True, into=not directed, wanted=wanted, deadline=deadline
            )
            meeting = [node for node in ahead if node in backward]
        else:
            behind = _expand(
                graph,
                behind,
                backward,
                out=not directed,
                into=True,
                wanted=wanted,
                deadline=deadline,
            )
            meeting = [node for node in behind if node in forward]
        length += 1

    def paths() -> Iterator[list[str]]:
        for middle in meeting:
            for head in _walks(forward, middle):
                for tail in _walks(backward, middle):
                    if deadline is not None:
                        deadline.check()
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
