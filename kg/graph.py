"""The networkx projection of the store.

One node per actor that takes part in an edge, one edge per (subject, relation, object)
of the asserted and alleged assertions, keyed by the relation name, with its evidence:
the number of assertions, the articles they come from, the first and last date, the
highest confidence, the modalities seen. The projection is derived from the store,
never the other way round.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeAlias
from urllib.parse import unquote

import networkx as nx
from pyoxigraph import NamedNode, Triple

from kg.store import EmbeddedStore, Row, Store
from kg.vocab import KGO, PREFIXES

if TYPE_CHECKING:
    ActorGraph: TypeAlias = nx.MultiDiGraph[str]
else:
    ActorGraph = nx.MultiDiGraph

__all__ = ["ActorGraph", "build_graph", "graph_from_rows"]

# The variables come in this order: the rows are read by position.
_ASSERTIONS = f"""
PREFIX kgo: <{KGO}>
PREFIX prov: <{PREFIXES["prov"]}>
PREFIX dct: <{PREFIXES["dct"]}>
SELECT ?s ?rel ?o ?modality ?confidence ?article ?date ?articleDate WHERE {{
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

_RDF_TYPE = NamedNode(PREFIXES["rdf"] + "type")
_RDFS_LABEL = NamedNode(PREFIXES["rdfs"] + "label")
_KGO_COUNTRY = NamedNode(str(KGO.country))

# One assertion, as plain strings: subject, relation, object and modality IRIs, the
# confidence, the article IRI and the date (the event's, else the article's, or None).
_AssertionValues = tuple[str, str, str, str, str, str, str | None]


def build_graph(store: Store) -> ActorGraph:
    """Build the actor graph from the assertions in ``store``.

    The assertions are streamed from the store and aggregated as they come, so memory
    grows with the number of edges, not of assertions.
    """
    prefix = store.iris.base + "actor/"
    with store.query_results(_ASSERTIONS) as solutions:
        graph, iris = _graph_from_values(_solution_values(solutions), actor_prefix=prefix)
    if isinstance(store, EmbeddedStore):
        _describe_nodes(graph, store, iris)
    else:
        _describe_nodes_from_rows(graph, store.select(_ACTORS % prefix), actor_prefix=prefix)
    return graph


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _id(iri: str, prefix: str) -> str:
    # Iris percent-encodes ids in IRIs (Iris.actor, Iris.article): decode them back.
    return unquote(iri[len(prefix) :])


def _solution_values(solutions: Any) -> Iterator[_AssertionValues]:
    for s, rel, o, modality, confidence, article, date, article_date in solutions:
        when = date if date is not None else article_date
        yield (
            s.value,
            rel.value,
            o.value,
            modality.value,
            confidence.value,
            article.value,
            when.value if when is not None else None,
        )


def _row_values(rows: Iterable[Row]) -> Iterator[_AssertionValues]:
    for row in rows:
        when = row.get("date") or row.get("articleDate")
        yield (
            row["s"].value,
            row["rel"].value,
            row["o"].value,
            row["modality"].value,
            row["confidence"].value,
            row["article"].value,
            when.value if when is not None else None,
        )


class _Names(dict[str, str]):
    """Map IRIs to names, computing each once (and sharing the resulting strings)."""

    def __init__(self, convert: Any) -> None:
        super().__init__()
        self._convert = convert

    def __missing__(self, iri: str) -> str:
        name: str = self._convert(iri)
        self[iri] = name
        return name


def graph_from_rows(
    assertion_rows: Iterable[Row], actor_rows: Iterable[Row], *, actor_prefix: str
) -> ActorGraph:
    """Aggregate assertion rows into a MultiDiGraph (see the module docstring)."""
    graph, _iris = _graph_from_values(_row_values(assertion_rows), actor_prefix=actor_prefix)
    _describe_nodes_from_rows(graph, actor_rows, actor_prefix=actor_prefix)
    return graph


def _graph_from_values(
    values: Iterable[_AssertionValues], *, actor_prefix: str
) -> tuple[ActorGraph, dict[str, str]]:
    """Return the graph of the assertions, and the IRI of each of its nodes."""
    # Per edge while aggregating: [evidence, articles, first date, last date, confidence,
    # modalities], keyed by the raw IRIs; names are derived once per edge at the end.
    edges: dict[tuple[str, str, str], list[Any]] = {}
    confidences: dict[str, float] = {}
    for subject, relation, obj, modality, confidence, article, date in values:
        edge = edges.get((subject, relation, obj))
        if edge is None:
            edge = edges[subject, relation, obj] = [0, set(), date, date, 0.0, set()]
        edge[0] += 1
        edge[1].add(article)
        edge[5].add(modality)
        value = confidences.get(confidence)
        if value is None:
            value = confidences[confidence] = float(confidence)
        if value > edge[4]:
            edge[4] = value
        if date is not None:
            if edge[2] is None or date < edge[2]:
                edge[2] = date
            if edge[3] is None or date > edge[3]:
                edge[3] = date
    article_prefix = actor_prefix[: -len("actor/")] + "article/"
    actors = _Names(lambda iri: _id(iri, actor_prefix))
    articles = _Names(lambda iri: _id(iri, article_prefix))
    locals_ = _Names(_local)
    modalities = _Names(lambda iri: _local(iri).lower())
    graph: ActorGraph = nx.MultiDiGraph()
    add_edge = graph.add_edge
    for (subject, relation_iri, obj), (evidence, sources, first, last, best, seen) in edges.items():
        relation = locals_[relation_iri]
        add_edge(
            actors[subject],
            actors[obj],
            key=relation,
            relation=relation,
            evidence=evidence,
            articles=sorted(articles[a] for a in sources),
            first_date=first,
            last_date=last,
            confidence=best,
            modalities=sorted(modalities[m] for m in seen),
        )
    return graph, {name: iri for iri, name in actors.items()}


def _describe_nodes(graph: ActorGraph, store: EmbeddedStore, iris: dict[str, str]) -> None:
    # One indexed lookup per node and property, stopping at the first value found in a
    # named graph: the description of a busy actor is repeated in every article that
    # mentions it, and reading them all is most of the cost of a large projection.
    oxigraph = store.oxigraph
    properties = (("label", _RDFS_LABEL), ("type", _RDF_TYPE), ("country", _KGO_COUNTRY))
    for actor_id, node in graph.nodes(data=True):
        subject = NamedNode(iris[actor_id])
        for key, predicate in properties:
            for quad in oxigraph.quads_for_pattern(subject, predicate, None, None):
                if isinstance(quad.graph_name, NamedNode) and not isinstance(quad.object, Triple):
                    value = quad.object.value
                    node[key] = _local(value) if key == "type" else value
                    break
        node.setdefault("label", actor_id)
        node.setdefault("type", "Actor")


def _describe_nodes_from_rows(
    graph: ActorGraph, actor_rows: Iterable[Row], *, actor_prefix: str
) -> None:
    for row in actor_rows:
        actor_id = _id(row["actor"].value, actor_prefix)
        if actor_id not in graph:
            continue
        node = graph.nodes[actor_id]
        node.setdefault("label", row["label"].value)
        node.setdefault("type", _local(row["type"].value))
        if "country" in row:
            node.setdefault("country", row["country"].value)
    for _actor_id, node in graph.nodes(data=True):
        node.setdefault("label", _actor_id)
        node.setdefault("type", "Actor")


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
