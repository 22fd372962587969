"""Which edges of the projection to keep: one filter for the queries and the exports.

:class:`EdgeFilter` is what ``/relations``, ``/ego``, ``/export`` and ``kg export`` filter
the projection with; :func:`filter_projection` applies it to a whole projection.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from kg.errors import UnknownNameError
from kg.graph import ActorGraph
from kg.types import ActorType, Modality, Relation

if TYPE_CHECKING:
    from kg.executor import Deadline

__all__ = [
    "DIRECTIONS",
    "MODALITIES",
    "Direction",
    "EdgeFilter",
    "filter_projection",
]


Direction = Literal["both", "out", "in"]


DIRECTIONS: tuple[Direction, ...] = ("both", "out", "in")


MODALITIES: tuple[str, ...] = tuple(m.value.lower() for m in Modality)
"""Modality names as the API and the projection write them: ``asserted``, ``alleged``..."""


_RELATIONS = frozenset(r.value for r in Relation)


_ACTOR_TYPES = frozenset(t.value for t in ActorType)


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


def _check_relations(relations: Iterable[str] | None) -> frozenset[str] | None:
    if relations is None:
        return None
    wanted = frozenset(relations)
    for relation in wanted:
        _check_relation(relation)
    return wanted or None


def filter_projection(
    graph: ActorGraph, edge_filter: EdgeFilter, *, deadline: Deadline | None = None
) -> ActorGraph:
    """Return a copy of the projection with only the edges ``edge_filter`` accepts.

    Actors keep their attributes; an actor left without edges is left out.

    Raises:
        QueryTimeout: ``deadline`` (checked every 10,000 edges) passed.
    """
    result: ActorGraph = type(graph)()
    for count, (subject, obj, key, data) in enumerate(graph.edges(keys=True, data=True)):
        if deadline is not None and not count % 10_000:
            deadline.check()
        if edge_filter.accepts(key, data):
            result.add_edge(subject, obj, key=key, **data)
    for node in result.nodes:
        result.nodes[node].update(graph.nodes[node])
    return result
