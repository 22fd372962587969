"""Count the store and rank the projection's actors by degree and PageRank."""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass

import numpy as np

from kg.graph import ActorGraph
from kg.query.actors import _PREFIXES, _local
from kg.query.filters import MODALITIES
from kg.query.orderings import _orderings
from kg.store import Store

__all__ = [
    "GraphStats",
    "RankedActor",
    "graph_stats",
    "pagerank",
]


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
