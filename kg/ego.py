"""What an analyst looks at: one actor's filtered network, and actors by the start of a name.

- :data:`RELATION_FAMILIES` groups the relations into the five families a reader tells
  apart at a glance (violence, pressure, cooperation, support, structure);
- :func:`ego_network` walks the projection from one actor through the edges an
  :class:`~kg.query.EdgeFilter` keeps, to actors of the types wanted, optionally folding
  each organisational part into what it is part of (roll-up), and returns each edge
  with what a drawing needs (sources, dates, modalities, family);
- :func:`suggest_actors` finds actors whose label or alias, or a word of it, starts with
  a prefix, and says which name matched (for autocomplete).

Like :func:`kg.query.neighbourhood`, the walk reads the in-memory projection only and its
cost is bounded by its limits: a client never needs the whole graph.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from weakref import WeakKeyDictionary

from kg.errors import ActorNotFound, UnknownNameError
from kg.evidence import parse_edge_id
from kg.graph import ActorGraph
from kg.query import MAX_DEPTH, EdgeFilter, actor_exists, get_actor
from kg.store import Store
from kg.types import ActorType, Relation
from kg.vocab import KGO, PREFIXES

__all__ = [
    "RELATION_FAMILIES",
    "EgoEdge",
    "EgoNetwork",
    "EgoNode",
    "Suggestion",
    "ego_network",
    "ego_subgraph",
    "read_part_of",
    "relation_family",
    "suggest_actors",
]

RELATION_FAMILIES: dict[str, tuple[str, ...]] = {
    "violence": ("attacked", "coerced", "threatened", "mobilizedAgainst"),
    "pressure": ("sanctioned", "accused", "demanded", "rejected", "protestedAgainst"),
    "cooperation": ("agreedWith", "consulted", "cooperatedWith", "concededTo", "retreatedFrom"),
    "support": ("supports", "aided", "alliedWith"),
    "structure": ("memberOf", "partOf", "officialOf", "leads", "controls", "operatesIn"),
}
"""Relation families, in the order a legend lists them; every relation is in one."""

_FAMILY_OF = {
    relation: family for family, members in RELATION_FAMILIES.items() for relation in members
}
assert set(_FAMILY_OF) == {r.value for r in Relation}
Adjacency = dict[str, dict[str, dict[str, Any]]]
"""A projection's edges at one actor: the other actor -> relation -> edge attributes."""
_ACTOR_TYPES = frozenset(t.value for t in ActorType) | {"Actor"}


def relation_family(relation: str) -> str:
    """Return the family of a relation.

    >>> relation_family("aided")
    'support'

    Raises:
        UnknownNameError: the relation is not in the vocabulary.
    """
    try:
        return _FAMILY_OF[relation]
    except KeyError:
        raise UnknownNameError("relation", relation, sorted(_FAMILY_OF)) from None


@dataclass(frozen=True, slots=True, kw_only=True)
class EgoNode:
    """An actor of an ego network.

    Attributes:
        distance: steps from the centre.
        folded: ids of the actors folded into this one by roll-up (its parts).
    """

    id: str
    label: str
    type: str
    country: str | None = None
    distance: int = 0
    folded: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class EgoEdge:
    """An edge of an ego network: one (subject, relation, object) after roll-up.

    Attributes:
        id: ``subject|relation|object``.
        family: the relation's family (:data:`RELATION_FAMILIES`).
        evidence: assertions behind it (asserted and alleged).
        sources: distinct articles that report it.
        modalities: the modalities seen.
        edges: the ids of the projection's edges behind it: itself, or, rolled up, those
            of the actors folded into its ends (their evidence is the edge's).
    """

    id: str
    subject: str
    relation: str
    object: str
    family: str
    evidence: int
    sources: int
    first_date: str | None
    last_date: str | None
    confidence: float
    modalities: tuple[str, ...]
    edges: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class EgoNetwork:
    """An actor, the actors around it, and the edges between them that the filters keep.

    Attributes:
        actor: the centre (after roll-up: what the asked actor is part of).
        truncated: whether actors or edges were left out to keep within the limits.
    """

    actor: str
    depth: int
    nodes: tuple[EgoNode, ...]
    edges: tuple[EgoEdge, ...]
    truncated: bool = False


class _Rollup:
    """Map actors to what they are part of (at the top of their ``partOf`` chain), and back.

    A chain that comes back on itself (A part of B, B part of A: extraction errors) ends
    at the smallest id of the loop, so that every actor of the loop has the same top.
    """

    def __init__(self, part_of: Mapping[str, Sequence[str]] | None) -> None:
        self.part_of = part_of
        self._roots: dict[str, str] = {}
        self._members: dict[str, list[str]] | None = None

    def root(self, actor: str) -> str:
        if not self.part_of:
            return actor
        if (known := self._roots.get(actor)) is not None:
            return known
        path: list[str] = []
        seen: dict[str, int] = {}
        current = actor
        while True:
            if (known := self._roots.get(current)) is not None:
                top = known
                break
            if current in seen:
                top = min(path[seen[current] :])
                break
            seen[current] = len(path)
            path.append(current)
            parents = self.part_of.get(current, ())
            if not parents:
                top = current
                break
            current = parents[0]
        for step in path:
            self._roots[step] = top
        return top

    def members(self, actor: str) -> list[str]:
        """The actor and every actor that rolls up to it."""
        if not self.part_of:
            return [actor]
        if self._members is None:
            self._members = {}
            for part in self.part_of:
                if (top := self.root(part)) != part:
                    self._members.setdefault(top, []).append(part)
        return [actor, *self._members.get(actor, ())]


_PART_OF: WeakKeyDictionary[ActorGraph, dict[str, tuple[str, ...]]] = WeakKeyDictionary()


def read_part_of(store: Store, graph: ActorGraph | None = None) -> dict[str, tuple[str, ...]]:
    """Return what each actor is an organisational part of (``kgo:partOf``), by id.

    Parents are sorted; the first is the one roll-up follows. With ``graph``, the answer
    is kept for that projection (a write makes a new projection, so it is read again).
    """
    if graph is not None and (known := _PART_OF.get(graph)) is not None:
        return known
    prefix = store.iris.base + "actor/"
    pairs: dict[str, set[str]] = {}
    for row in store.select(
        f"SELECT DISTINCT ?part ?whole WHERE {{ GRAPH ?g {{ ?part <{KGO.partOf}> ?whole }} }}"
    ):
        part, whole = row["part"].value, row["whole"].value
        if part.startswith(prefix) and whole.startswith(prefix) and part != whole:
            pairs.setdefault(store.iris.actor_id(part), set()).add(store.iris.actor_id(whole))
    found = {part: tuple(sorted(wholes)) for part, wholes in pairs.items()}
    if graph is not None:
        _PART_OF[graph] = found
    return found


def _ego_edge(key: tuple[str, str, str], behind: list[tuple[str, dict[str, Any]]]) -> EgoEdge:
    """Merge the projection's edges behind one ego edge (one, unless rolled up)."""
    subject, relation, obj = key
    articles: set[str] = set()
    modalities: set[str] = set()
    firsts: list[str] = []
    lasts: list[str] = []
    evidence, confidence = 0, 0.0
    for _, data in behind:
        evidence += int(data.get("evidence", 0))
        articles.update(data.get("articles", ()))
        modalities.update(data.get("modalities", ()))
        confidence = max(confidence, float(data.get("confidence", 0.0)))
        if (first := data.get("first_date")) is not None:
            firsts.append(first)
        if (last := data.get("last_date")) is not None:
            lasts.append(last)
    return EgoEdge(
        id=f"{subject}|{relation}|{obj}",
        subject=subject,
        relation=relation,
        object=obj,
        family=_FAMILY_OF[relation],
        evidence=evidence,
        sources=len(articles),
        first_date=min(firsts) if firsts else None,
        last_date=max(lasts) if lasts else None,
        confidence=confidence,
        modalities=tuple(sorted(modalities)),
        edges=tuple(sorted(underlying for underlying, _ in behind)),
    )


def _node(
    graph: ActorGraph, actor: str, distance: int, folded: list[str], store: Store | None
) -> EgoNode:
    data: dict[str, Any] = graph.nodes[actor] if actor in graph else {}
    if not data and store is not None and (summary := _summary(store, actor)) is not None:
        data = {"label": summary[0], "type": summary[1], "country": summary[2]}
    return EgoNode(
        id=actor,
        label=str(data.get("label", actor)),
        type=str(data.get("type", "Actor")),
        country=data.get("country"),
        distance=distance,
        folded=tuple(sorted(f for f in folded if f != actor and f in graph)),
    )


def ego_network(
    graph: ActorGraph,
    actor_id: str,
    *,
    depth: int = 1,
    edge_filter: EdgeFilter | None = None,
    actor_types: Iterable[str] | None = None,
    part_of: Mapping[str, Sequence[str]] | None = None,
    limit: int = 150,
    max_edges: int = 1000,
    store: Store | None = None,
) -> EgoNetwork:
    """Walk the projection from an actor through the edges a filter keeps.

    Breadth-first, up to ``depth`` steps; at each actor the neighbours with the most
    evidence (over the kept edges) come first, so that when ``limit`` stops the walk
    the best-attested actors remain. The edges returned are the kept edges between the
    actors returned where one end is closer than ``depth``, most evidence first.

    With ``part_of`` (actor id -> ids of what it is part of, as
    :func:`read_part_of` reads them), each actor that is part of another (a composite actor such as
    "Iraqi Security Forces", a command of an army) is folded into the actor at the top
    of its ``partOf`` chain: its edges become that actor's, and edges of one
    (subject, relation, object) are merged (evidence added, sources united, dates
    widened). ``partOf`` edges themselves are then left out. A folded actor's node may
    be outside the projection (no edges of its own): it is folded all the same.

    Args:
        graph: the networkx projection.
        actor_id: the centre.
        depth: steps to take, 1 to :data:`kg.query.MAX_DEPTH`.
        edge_filter: which edges to follow and return (all by default).
        actor_types: keep neighbours of these types only (the centre is always kept).
        part_of: roll up: fold each part into the top of its chain (first parents).
        limit: the most actors to return, the centre included.
        max_edges: the most edges to return.
        store: the store, to tell an actor without edges from an unknown one.

    Raises:
        ActorNotFound: the actor is neither a node of ``graph`` nor described in ``store``.
        UnknownNameError: an actor type is not known.
        ValueError: ``depth``, ``limit`` or ``max_edges`` is out of range.
    """
    if not 1 <= depth <= MAX_DEPTH:
        raise ValueError(f"depth must be between 1 and {MAX_DEPTH}, not {depth}")
    if limit < 1 or max_edges < 1:
        raise ValueError(f"limit and max_edges must be >= 1, not {limit} and {max_edges}")
    types = frozenset(actor_types) if actor_types else None
    for name in (types or frozenset()) - _ACTOR_TYPES:
        raise UnknownNameError("actor type", name, sorted(_ACTOR_TYPES))
    edge_filter = edge_filter or EdgeFilter()
    if actor_id not in graph:
        if store is not None and actor_exists(store, actor_id):
            actor = get_actor(store, actor_id)
            centre = EgoNode(id=actor.id, label=actor.label, type=actor.type, country=actor.country)
            return EgoNetwork(actor=actor_id, depth=depth, nodes=(centre,), edges=())
        raise ActorNotFound(actor_id)
    rolled = _Rollup(part_of)
    rollup = bool(part_of)
    accepts = edge_filter.accepts
    start = rolled.root(actor_id)
    distance = {start: 0}
    truncated = False
    kept: dict[str, str] | None = None  # once the limit is reached: each actor kept, folded in

    # The plain dicts behind the graph's views: the loops below read thousands of edges.
    succ: Mapping[str, Adjacency] = graph._succ
    pred: Mapping[str, Adjacency] = graph._pred

    def type_of(actor: str) -> str:
        return str(graph.nodes[actor].get("type", "Actor")) if actor in graph else "Actor"

    # The walk only ranks and picks the actors; the edges between them are read after.
    frontier = [start]
    for level in range(1, depth + 1):
        following: list[str] = []
        for current in frontier:
            if len(distance) >= limit:
                if kept is None:
                    kept = {m: node for node in distance for m in rolled.members(node)}
                truncated = truncated or _reaches_beyond(graph, rolled.members(current), kept)
                continue
            totals: dict[str, int] = {}
            for member in rolled.members(current):
                if member not in graph:
                    continue
                for adjacency in (succ[member], pred[member]):
                    for other, keyed in adjacency.items():
                        end = rolled.root(other) if rollup else other
                        if end in distance or (types is not None and type_of(end) not in types):
                            continue
                        for relation, data in keyed.items():
                            if (rollup and relation == "partOf") or not accepts(relation, data):
                                continue
                            totals[end] = totals.get(end, 0) + int(data.get("evidence", 0))
            room = limit - len(distance)
            for other in heapq.nsmallest(room, totals, key=lambda o: (-totals[o], o)):
                distance[other] = level
                following.append(other)
            truncated = truncated or len(totals) > room
        frontier = following
        if not frontier:
            break
    folded = {node: rolled.members(node) for node in distance}
    if kept is None:
        kept = {member: node for node, members in folded.items() for member in members}
    # Each edge of the projection between the actors kept is read once: from its
    # subject's side if the walk went on from the subject, else from its object's.
    behind: dict[tuple[str, str, str], list[tuple[str, dict[str, Any]]]] = {}
    evidence: dict[tuple[str, str, str], int] = {}
    for node, steps in distance.items():
        if steps == depth:
            continue
        for member in folded[node]:
            if member not in graph:
                continue
            for forwards, adjacency in ((True, succ[member]), (False, pred[member])):
                if len(kept) < len(adjacency):
                    pairs = [(other, adjacency[other]) for other in kept if other in adjacency]
                else:
                    pairs = [(other, keyed) for other, keyed in adjacency.items() if other in kept]
                for other, keyed in pairs:
                    end = kept[other]
                    if end == node or (not forwards and distance[end] < depth):
                        continue
                    for relation, data in keyed.items():
                        if (rollup and relation == "partOf") or not accepts(relation, data):
                            continue
                        if forwards:
                            key, underlying = (node, relation, end), f"{member}|{relation}|{other}"
                        else:
                            key, underlying = (end, relation, node), f"{other}|{relation}|{member}"
                        behind.setdefault(key, []).append((underlying, data))
                        evidence[key] = evidence.get(key, 0) + int(data.get("evidence", 0))
    # The first max_edges by evidence, without sorting the (thousands) left out.
    ordered = heapq.nsmallest(max_edges, evidence, key=lambda key: (-evidence[key], key))
    shown = distance
    if len(evidence) > max_edges:
        truncated = True
        # an actor whose every edge was left out would stand alone in the network
        ends = {end for key in ordered for end in (key[0], key[2])}
        shown = {node: d for node, d in distance.items() if d == 0 or node in ends}
    return EgoNetwork(
        actor=start,
        depth=depth,
        nodes=tuple(_node(graph, node, d, folded[node], store) for node, d in shown.items()),
        edges=tuple(_ego_edge(key, behind[key]) for key in ordered),
        truncated=truncated,
    )


def _reaches_beyond(graph: ActorGraph, members: Iterable[str], kept: Mapping[str, str]) -> bool:
    """Whether one of ``members`` has a neighbour outside ``kept`` (the walk was cut)."""
    for member in members:
        if member in graph:
            for adjacency in (graph.succ[member], graph.pred[member]):
                if len(adjacency) > len(kept) or any(o not in kept for o in adjacency):
                    return True
    return False


def ego_subgraph(graph: ActorGraph, ego: EgoNetwork) -> ActorGraph:
    """Return the part of the projection an ego network shows (its edges, with attributes).

    Rolled-up edges are exported as the edges behind them.
    """
    result: ActorGraph = type(graph)()
    for edge in ego.edges:
        for underlying in edge.edges:
            subject, relation, obj = parse_edge_id(underlying)
            result.add_edge(subject, obj, key=relation, **graph.edges[subject, obj, relation])
    for node in ego.nodes:
        if node.id in graph and node.id not in result:
            result.add_node(node.id)
    for node in result.nodes:
        result.nodes[node].update(graph.nodes[node])
    return result


# autocomplete


@dataclass(frozen=True, slots=True, kw_only=True)
class Suggestion:
    """An actor found by the start of one of its names.

    Attributes:
        name: the label or alias that matched (the label when both do).
    """

    id: str
    label: str
    type: str
    name: str
    country: str | None = None


def _string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{escaped}"'


def suggest_actors(store: Store, prefix: str, *, limit: int = 10) -> list[Suggestion]:
    """Find actors with a label or alias (or a word of one) that starts with ``prefix``.

    Case-insensitive. Names that start with the prefix come before names with a later
    word that does; labels before aliases; then shorter names, then by label.

    Raises:
        ValueError: ``limit`` is not positive.
    """
    if limit < 1:
        raise ValueError(f"limit must be >= 1, not {limit}")
    needle = " ".join(prefix.lower().split())
    if not needle:
        return []
    base = store.iris.base + "actor/"
    sparql = f"""
    PREFIX rdf: <{PREFIXES["rdf"]}>
    PREFIX rdfs: <{PREFIXES["rdfs"]}>
    PREFIX skos: <{PREFIXES["skos"]}>
    PREFIX kgo: <{PREFIXES["kgo"]}>
    SELECT DISTINCT ?actor ?rank ?name WHERE {{
      GRAPH ?g {{ ?actor ?property ?name0 }}
      BIND (STR(?name0) AS ?name)
      FILTER (?property IN (rdfs:label, skos:altLabel))
      FILTER (STRSTARTS(STR(?actor), {_string(base)}))
      BIND (LCASE(STR(?name0)) AS ?lname)
      FILTER (STRSTARTS(?lname, {_string(needle)}) || CONTAINS(?lname, {_string(" " + needle)})
              || CONTAINS(?lname, {_string("-" + needle)}))
      BIND ((IF(STRSTARTS(?lname, {_string(needle)}), 0, 2)
             + IF(?property = rdfs:label, 0, 1)) * 1000 + STRLEN(?lname) AS ?rank)
    }}
    ORDER BY ?rank ?name
    LIMIT {int(limit) * 20}
    """
    found: list[Suggestion] = []
    seen: set[str] = set()
    for row in store.select(sparql):
        actor_id = store.iris.actor_id(row["actor"].value)
        if actor_id in seen:
            continue
        seen.add(actor_id)
        actor = _summary(store, actor_id)
        if actor is None:
            continue
        label, type_, country = actor
        found.append(
            Suggestion(
                id=actor_id, label=label, type=type_, name=row["name"].value, country=country
            )
        )
        if len(found) == limit:
            break
    return found


def _summary(store: Store, actor_id: str) -> tuple[str, str, str | None] | None:
    """Label, type and country of an actor, or ``None`` when it has no type (not an actor)."""
    iri = store.iris.actor(actor_id)
    rows = store.select(
        f"""
        SELECT ?label ?type ?country WHERE {{
          GRAPH ?g {{ <{iri}> a ?type ; <{PREFIXES["rdfs"]}label> ?label .
                     OPTIONAL {{ <{iri}> <{PREFIXES["kgo"]}country> ?country }} }}
        }} LIMIT 1
        """
    )
    for row in rows:
        country = row["country"].value if "country" in row else None
        return row["label"].value, row["type"].value.rsplit("/", 1)[-1].rsplit("#", 1)[-1], country
    return None
