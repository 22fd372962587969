"""The networkx projection of the store.

One node per actor that takes part in an edge, one edge per (subject, relation, object)
of the asserted and alleged assertions, keyed by the relation name, with its evidence:
the number of assertions, the articles they come from, the first and last date, the
highest confidence, the modalities seen. The projection is derived from the store,
never the other way round.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeAlias
from urllib.parse import unquote

import networkx as nx

from kg.store import Row, Store
from kg.vocab import KGO, PREFIXES

if TYPE_CHECKING:
    ActorGraph: TypeAlias = nx.MultiDiGraph[str]
else:
    ActorGraph = nx.MultiDiGraph

__all__ = ["ActorGraph", "build_graph", "graph_from_rows"]

_ASSERTIONS = f"""
PREFIX kgo: <{KGO}>
PREFIX prov: <{PREFIXES["prov"]}>
PREFIX dct: <{PREFIXES["dct"]}>
SELECT ?s ?rel ?o ?modality ?date ?articleDate ?confidence ?article WHERE {{
  GRAPH ?g {{
    ?a a kgo:Assertion ; kgo:subject ?s ; kgo:relation ?rel ; kgo:object ?o ;
       kgo:modality ?modality ; kgo:confidence ?confidence ; prov:wasDerivedFrom ?m .
    ?m kgo:article ?article .
    OPTIONAL {{ ?a kgo:eventDate ?date }}
    OPTIONAL {{ ?article dct:date ?articleDate }}
  }}
  FILTER (?modality IN (kgo:Asserted, kgo:Alleged))
}}
"""

_ACTORS = f"""
PREFIX kgo: <{KGO}>
PREFIX rdfs: <{PREFIXES["rdfs"]}>
SELECT ?actor ?type ?label ?country WHERE {{
  GRAPH ?g {{ ?actor a ?type ; rdfs:label ?label . OPTIONAL {{ ?actor kgo:country ?country }} }}
  FILTER (STRSTARTS(STR(?actor), "%s"))
}}
"""


def build_graph(store: Store) -> ActorGraph:
    """Build the actor graph from the assertions in ``store``."""
    prefix = store.iris.base + "actor/"
    return graph_from_rows(
        store.select(_ASSERTIONS), store.select(_ACTORS % prefix), actor_prefix=prefix
    )


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _id(iri: str, prefix: str) -> str:
    # Iris percent-encodes ids in IRIs (Iris.actor, Iris.article): decode them back.
    return unquote(iri[len(prefix) :])


def graph_from_rows(
    assertion_rows: Iterable[Row], actor_rows: Iterable[Row], *, actor_prefix: str
) -> ActorGraph:
    """Aggregate assertion rows into a MultiDiGraph (see the module docstring)."""
    graph: ActorGraph = nx.MultiDiGraph()
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row in assertion_rows:
        subject = _id(row["s"].value, actor_prefix)
        obj = _id(row["o"].value, actor_prefix)
        relation = _local(row["rel"].value)
        date_term = row.get("date") or row.get("articleDate")
        date = date_term.value if date_term is not None else None
        edge = edges.setdefault(
            (subject, obj, relation),
            {
                "relation": relation,
                "evidence": 0,
                "articles": set(),
                "first_date": None,
                "last_date": None,
                "confidence": 0.0,
                "modalities": set(),
            },
        )
        edge["evidence"] += 1
        edge["articles"].add(row["article"].value)
        edge["modalities"].add(_local(row["modality"].value).lower())
        edge["confidence"] = max(edge["confidence"], float(row["confidence"].value))
        if date is not None:
            if edge["first_date"] is None or date < edge["first_date"]:
                edge["first_date"] = date
            if edge["last_date"] is None or date > edge["last_date"]:
                edge["last_date"] = date
    article_prefix = actor_prefix[: -len("actor/")] + "article/"
    for (subject, obj, relation), data in edges.items():
        data["articles"] = sorted(_id(a, article_prefix) for a in data["articles"])
        data["modalities"] = sorted(data["modalities"])
        graph.add_edge(subject, obj, key=relation, **data)
    for row in actor_rows:
        actor_id = _id(row["actor"].value, actor_prefix)
        if actor_id not in graph:
            continue
        node = graph.nodes[actor_id]
        node.setdefault("label", row["label"].value)
        node.setdefault("type", _local(row["type"].value))
        if "country" in row:
            node.setdefault("country", row["country"].value)
    for actor_id, node in graph.nodes(data=True):
        node.setdefault("label", actor_id)
        node.setdefault("type", "Actor")
    return graph


def filter_graph(
    graph: ActorGraph, *, relations: Iterable[str] | None = None, min_evidence: int = 1
) -> ActorGraph:
    """Return a copy of the projection with only some relations and well-attested edges.

    Raises:
        UnknownNameError: a relation is not in the vocabulary.
    """
    from kg.errors import UnknownNameError
    from kg.types import Relation

    wanted = set(relations) if relations else None
    if wanted is not None:
        valid = {r.value for r in Relation}
        for name in wanted - valid:
            raise UnknownNameError("relation", name, valid)
    result: ActorGraph = nx.MultiDiGraph()
    for subject, obj, key, data in graph.edges(keys=True, data=True):
        if (wanted is None or key in wanted) and data.get("evidence", 0) >= min_evidence:
            result.add_edge(subject, obj, key=key, **data)
    for node in result.nodes:
        result.nodes[node].update(graph.nodes[node])
    return result
