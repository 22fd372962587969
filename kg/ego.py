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
_ACTOR_TYPES = frozenset(t.value for t in ActorType) | {"Actor"}
_MAX_ROLLUP_STEPS = 8


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
    """Map actors to what they are part of (at the top of their ``partOf`` chain), and back."""

    def __init__(self, part_of: Mapping[str, Sequence[str]] | None) -> None:
        self.part_of = part_of
        self._roots: dict[str, str] = {}
        self._parts: dict[str, list[str]] = {}
        for part, parents in (part_of or {}).items():
            for parent in parents[:1]:
                self._parts.setdefault(parent, []).append(part)

    def root(self, actor: str) -> str:
        if not self.part_of:
            return actor
        if (known := self._roots.get(actor)) is not None:
            return known
        current, seen = actor, {actor}
        for _ in range(_MAX_ROLLUP_STEPS):
            parents = self.part_of.get(current, ())
            if not parents or parents[0] in seen:
                break
            current = parents[0]
            seen.add(current)
        self._roots[actor] = current
        return current

    def members(self, actor: str) -> list[str]:
        """The actor and every actor that rolls up to it."""
        found, stack = [actor], [actor]
        while stack:
            for part in self._parts.get(stack.pop(), ()):
                if part not in found and self.root(part) == actor:
                    found.append(part)
                    stack.append(part)
        return found


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


def _merge(edge: dict[str, Any] | None, data: dict[str, Any], underlying: str) -> dict[str, Any]:
    if edge is None:
        return {
            "evidence": int(data.get("evidence", 0)),
            "articles": set(data.get("articles", ())),
            "first_date": data.get("first_date"),
            "last_date": data.get("last_date"),
            "confidence": float(data.get("confidence", 0.0)),
            "modalities": set(data.get("modalities", ())),
            "edges": [underlying],
        }
    edge["evidence"] += int(data.get("evidence", 0))
    edge["articles"].update(data.get("articles", ()))
    for key, pick in (("first_date", min), ("last_date", max)):
        values = [v for v in (edge[key], data.get(key)) if v is not None]
        edge[key] = pick(values) if values else None
    edge["confidence"] = max(edge["confidence"], float(data.get("confidence", 0.0)))
    edge["modalities"].update(data.get("modalities", ()))
    edge["edges"].append(underlying)
    return edge


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
    start = rolled.root(actor_id)
    distance = {start: 0}
    folded: dict[str, list[str]] = {}
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    frontier = [start]
    truncated = False
    kept: set[str] | None = None  # once the limit is reached: the actors kept, folded in

    def type_of(actor: str) -> str:
        return str(graph.nodes[actor].get("type", "Actor")) if actor in graph else "Actor"

    for level in range(1, depth + 1):
        following: list[str] = []
        for current in frontier:
            members = rolled.members(current)
            folded[current] = members
            totals: dict[str, int] = {}
            if len(distance) >= limit and kept is None:
                # Full: from now on only edges to the actors kept matter, and a hub's
                # are looked up from the smaller side instead of read whole.
                kept = {m for node in distance for m in rolled.members(node)}
            for member in members:
                if member not in graph:
                    continue
                for forwards, adjacency in (
                    (True, graph.succ[member]),
                    (False, graph.pred[member]),
                ):
                    pairs: Iterable[tuple[str, Any]] = adjacency.items()
                    if kept is not None:
                        if len(kept) < len(adjacency):
                            pairs = [(o, adjacency[o]) for o in kept if o in adjacency]
                        else:
                            pairs = [(o, adjacency[o]) for o in adjacency if o in kept]
                        truncated = truncated or len(pairs) < len(adjacency)
                    for other, keyed in pairs:
                        end = rolled.root(other)
                        if end == current or (types is not None and type_of(end) not in types):
                            continue
                        for relation, data in keyed.items():
                            if (rollup and relation == "partOf") or not edge_filter.accepts(
                                relation, data
                            ):
                                continue
                            subject, obj = (current, end) if forwards else (end, current)
                            underlying = (
                                f"{member}|{relation}|{other}"
                                if forwards
                                else f"{other}|{relation}|{member}"
                            )
                            key = (subject, relation, obj)
                            if key in edges and underlying in edges[key]["edges"]:
                                continue  # met from both ends
                            edges[key] = _merge(edges.get(key), data, underlying)
                            totals[end] = totals.get(end, 0) + int(data.get("evidence", 0))
            for other in sorted(totals, key=lambda o: (-totals[o], o)):
                if other in distance:
                    continue
                if len(distance) >= limit:
                    truncated = True
                    break
                distance[other] = level
                following.append(other)
        frontier = following
        if not frontier:
            break
    for node in distance:
        folded.setdefault(node, rolled.members(node))
    kept_keys = [key for key in edges if key[0] in distance and key[2] in distance]
    ordered = sorted(kept_keys, key=lambda key: (-edges[key]["evidence"], key))
    if len(ordered) > max_edges:
        truncated = True
        ordered = ordered[:max_edges]
    return EgoNetwork(
        actor=start,
        depth=depth,
        nodes=tuple(_node(graph, node, d, folded[node], store) for node, d in distance.items()),
        edges=tuple(_ego_edge(key, edges[key]) for key in ordered),
        truncated=truncated,
    )


def _ego_edge(key: tuple[str, str, str], edge: dict[str, Any]) -> EgoEdge:
    subject, relation, obj = key
    return EgoEdge(
        id=f"{subject}|{relation}|{obj}",
        subject=subject,
        relation=relation,
        object=obj,
        family=_FAMILY_OF[relation],
        evidence=edge["evidence"],
        sources=len(edge["articles"]),
        first_date=edge["first_date"],
        last_date=edge["last_date"],
        confidence=edge["confidence"],
        modalities=tuple(sorted(edge["modalities"])),
        edges=tuple(sorted(edge["edges"])),
    )


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
