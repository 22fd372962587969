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
- :func:`graph_stats` counts the store and ranks actors by degree and PageRank;
- :class:`EdgeFilter` says which edges to keep, for these queries and for the exports
  (:func:`filter_projection`).

One module per job: :mod:`kg.query.filters` (the edge filter), :mod:`kg.query.pages`
(cursors), :mod:`kg.query.actors` (search and details, the SPARQL reads),
:mod:`kg.query.relations` (pages of edges), :mod:`kg.query.orderings` (what is kept
per projection), :mod:`kg.query.paths` (neighbourhoods and paths) and
:mod:`kg.query.stats`. The SPARQL queries of users are run, within their limits, by
:mod:`kg.executor`.

Relations, neighbours and paths are answered from the in-memory projection only; they
never scan the store. Pages are cut with opaque cursors (:func:`encode_cursor`): the
base64 of the last item's sort key, so a cursor gives the same page on every call and
stays valid when items are added before it.

An actor *exists* when the store holds a description of it (a type, a label, an alias,
...) in any named graph: the gazetteer graph or an article graph.
"""

from __future__ import annotations

from kg.query.actors import (
    ActorDetail,
    ActorSummary,
    RelationCount,
    actor_exists,
    get_actor,
    search_actors,
    search_actors_page,
)
from kg.query.filters import DIRECTIONS, MODALITIES, Direction, EdgeFilter, filter_projection
from kg.query.orderings import HUB_DEGREE, PATCH_MOST, carry_orderings
from kg.query.pages import CursorKey, InvalidCursor, Page, decode_cursor, encode_cursor
from kg.query.paths import (
    MAX_DEPTH,
    MAX_PATH_LENGTH,
    ActorPath,
    EdgeRef,
    Neighbourhood,
    NodeRef,
    PathStep,
    neighbourhood,
    shortest_paths,
)
from kg.query.relations import (
    RelationEdge,
    actor_relations,
    actor_relations_page,
    relations_page,
)
from kg.query.stats import GraphStats, RankedActor, graph_stats, pagerank

__all__ = [
    "DIRECTIONS",
    "HUB_DEGREE",
    "MAX_DEPTH",
    "MAX_PATH_LENGTH",
    "MODALITIES",
    "PATCH_MOST",
    "ActorDetail",
    "ActorPath",
    "ActorSummary",
    "CursorKey",
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
