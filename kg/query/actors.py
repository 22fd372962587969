"""Find and describe actors: the SPARQL reads of the store behind search and details.

An actor *exists* when the store holds a description of it (a type, a label, an alias,
...) in any named graph: the gazetteer graph or an article graph.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Literal

from pyoxigraph import Literal as RdfLiteral
from pyoxigraph import NamedNode

from kg.errors import ActorNotFound
from kg.graph import ActorGraph
from kg.query.filters import _ACTOR_TYPES, _check_actor_type, _check_limit
from kg.query.pages import CursorKey, Page, decode_cursor, encode_cursor
from kg.store import Store
from kg.vocab import KGO, PREFIXES

__all__ = [
    "ActorDetail",
    "ActorSummary",
    "RelationCount",
    "actor_exists",
    "get_actor",
    "search_actors",
    "search_actors_page",
]


_PREFIXES = f"""
PREFIX kgo: <{KGO}>
PREFIX rdf: <{PREFIXES["rdf"]}>
PREFIX rdfs: <{PREFIXES["rdfs"]}>
PREFIX skos: <{PREFIXES["skos"]}>
PREFIX owl: <{PREFIXES["owl"]}>
"""


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorSummary:
    """An actor as listed in search results.

    Attributes:
        type: the local name of the actor's class (``State``, ``ArmedGroup``...).
        country: ISO 3166 alpha-3 code, when known.
    """

    id: str
    label: str
    type: str
    country: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RelationCount:
    """How often an actor takes part in one relation, in one direction.

    Attributes:
        direction: ``out`` when the actor is the subject, ``in`` when it is the object.
        edges: the number of distinct counterparts.
        evidence: the number of assertions behind those edges.
    """

    relation: str
    direction: Literal["out", "in"]
    edges: int
    evidence: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorDetail:
    """Everything the store and the projection know about one actor.

    Attributes:
        label: the preferred label (the first of ``labels``).
        labels: every ``rdfs:label`` found, sorted (descriptions can come from several
            graphs).
        aliases: the ``skos:altLabel`` values, sorted.
        same_as: the ``owl:sameAs`` IRIs (Wikidata entities...), sorted.
        part_of: ids of the actors this one is an organisational part of.
        leads: for a person, ids of the armed groups the gazetteer says they lead.
        degree: number of edges in the projection (``None`` without a projection).
        top_relations: the most frequent relations in the projection, most evidence first.
    """

    id: str
    label: str
    type: str
    labels: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    country: str | None = None
    wikidata: str | None = None
    same_as: tuple[str, ...] = ()
    part_of: tuple[str, ...] = ()
    leads: tuple[str, ...] = ()
    degree: int | None = None
    in_degree: int | None = None
    out_degree: int | None = None
    top_relations: tuple[RelationCount, ...] = ()


def _literal(text: str) -> str:
    """Return ``text`` as a SPARQL string literal, escaped."""
    return str(RdfLiteral(text))


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _search_rows(
    store: Store,
    q: str | None,
    *,
    type: str | None,
    country: str | None,
    limit: int,
    offset: int,
    after: CursorKey | None,
) -> list[tuple[ActorSummary, CursorKey]]:
    if type is not None:
        _check_actor_type(type)
    _check_limit(limit, offset)
    needle = (q or "").strip().lower()
    filters = [f"FILTER (STRSTARTS(STR(?actor), {_literal(store.iris.base + 'actor/')}))"]
    if type is not None:
        filters.append(f"FILTER (?type0 = <{KGO[type]}>)")
    if country is not None:
        filters.append(f"FILTER (UCASE(STR(?country0)) = {_literal(country.strip().upper())})")
    if needle:
        match = f"""
        GRAPH ?h {{ ?actor ?nameProperty ?name }}
        FILTER (?nameProperty IN (rdfs:label, skos:altLabel))
        BIND (LCASE(STR(?name)) AS ?lname)
        FILTER (CONTAINS(?lname, {_literal(needle)}))
        BIND (IF(?lname = {_literal(needle)}, IF(?nameProperty = rdfs:label, 0, 1),
                 IF(STRSTARTS(?lname, {_literal(needle)}), 2, 3)) AS ?rank0)
        """
    else:
        match = "BIND (0 AS ?rank0)"
    keyset = ""
    if after is not None:
        rank, label, iri = (int(after[0]), _literal(after[1]), _literal(after[2]))
        # STR() around the aggregated keys: Virtuoso compares them with nothing otherwise.
        keyset = f"""FILTER (?rank > {rank} || (?rank = {rank} && (STR(?lkey) > {label}
                    || (STR(?lkey) = {label} && STR(?ikey) > {iri}))))"""
    sparql = f"""{_PREFIXES}
    SELECT ?actor ?rank ?label ?type ?country ?lkey ?ikey WHERE {{
      {{
        SELECT ?actor (MIN(?rank0) AS ?rank) (MIN(STR(?label0)) AS ?label)
               (MIN(STR(?type0)) AS ?type) (MIN(STR(?country0)) AS ?country)
        WHERE {{
          GRAPH ?g {{
            ?actor rdf:type ?type0 ; rdfs:label ?label0 .
            OPTIONAL {{ ?actor kgo:country ?country0 }}
          }}
          {" ".join(filters)}
          {match}
        }}
        GROUP BY ?actor
      }}
      BIND (LCASE(?label) AS ?lkey)
      BIND (STR(?actor) AS ?ikey)
      {keyset}
    }}
    ORDER BY ?rank ?lkey ?ikey
    LIMIT {int(limit)} OFFSET {int(offset)}
    """
    return [
        (
            ActorSummary(
                id=store.iris.actor_id(row["actor"].value),
                label=row["label"].value,
                type=_local(row["type"].value),
                country=row["country"].value if "country" in row else None,
            ),
            (int(row["rank"].value), row["lkey"].value, row["ikey"].value),
        )
        for row in store.select(sparql)
    ]


def search_actors(
    store: Store,
    q: str | None = None,
    *,
    type: str | None = None,
    country: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> list[ActorSummary]:
    """Find actors whose label or alias contains ``q``, best matches first.

    Matching is a case-insensitive substring match over ``rdfs:label`` and
    ``skos:altLabel``. Results are ranked: an exact match of the label, then an exact
    match of an alias, then a name that starts with ``q``, then one that contains it;
    ties are broken by label. Without ``q`` every actor matches, sorted by label.

    Args:
        store: the store to search.
        q: the text to look for; ``None`` or blank lists every actor.
        type: keep actors of this class (an :class:`~kg.types.ActorType` value).
        country: keep actors of this ISO 3166 alpha-3 country (case-insensitive).
        limit: the maximum number of results.
        offset: the number of results to skip (for paging).

    Returns:
        Up to ``limit`` actor summaries.

    Raises:
        UnknownNameError: ``type`` is not an actor type.
        ValueError: ``limit`` or ``offset`` is negative.
    """
    rows = _search_rows(
        store, q, type=type, country=country, limit=limit, offset=offset, after=None
    )
    return [actor for actor, _ in rows]


def search_actors_page(
    store: Store,
    q: str | None = None,
    *,
    type: str | None = None,
    country: str | None = None,
    limit: int = 20,
    cursor: str | None = None,
) -> Page[ActorSummary]:
    """Return one page of :func:`search_actors`, cut by a cursor instead of an offset.

    Raises:
        InvalidCursor: ``cursor`` was not handed out by this function.
        UnknownNameError: ``type`` is not an actor type.
        ValueError: ``limit`` is negative.
    """
    after = decode_cursor(cursor, "actors", (int, str, str)) if cursor else None
    rows = _search_rows(
        store, q, type=type, country=country, limit=limit + 1, offset=0, after=after
    )
    next_cursor = encode_cursor("actors", rows[limit - 1][1]) if len(rows) > limit else None
    return Page(items=tuple(actor for actor, _ in rows[:limit]), next_cursor=next_cursor)


def _description(store: Store, actor_id: str) -> list[tuple[str, str]]:
    """Return the (property, value) pairs that describe an actor, from every graph."""
    iri = NamedNode(store.iris.actor(actor_id))
    sparql = f"""{_PREFIXES}
    SELECT DISTINCT ?p ?o WHERE {{
      GRAPH ?g {{ {iri} ?p ?o }}
      FILTER (?p IN (rdf:type, rdfs:label, skos:altLabel, kgo:country, kgo:wikidata,
                     kgo:partOf, kgo:leads, owl:sameAs))
    }}
    """
    return [(row["p"].value, row["o"].value) for row in store.select(sparql)]


def actor_exists(store: Store, actor_id: str) -> bool:
    """Return whether the store holds a description of the actor ``actor_id``."""
    iri = NamedNode(store.iris.actor(actor_id))
    sparql = f"""{_PREFIXES}
    SELECT ?p WHERE {{
      GRAPH ?g {{ {iri} ?p ?o }}
      FILTER (?p IN (rdf:type, rdfs:label, skos:altLabel))
    }} LIMIT 1
    """
    return bool(store.select(sparql))


def get_actor(
    store: Store, actor_id: str, *, graph: ActorGraph | None = None, top: int = 10
) -> ActorDetail:
    """Describe one actor: names, type, country, links, and its place in the graph.

    Args:
        store: the store that holds the actor's description.
        actor_id: the actor's id (the last segment of its IRI).
        graph: the networkx projection; when given, the degrees and the most frequent
            relations are filled in.
        top: how many relations to keep in ``top_relations``.

    Returns:
        The actor's details.

    Raises:
        ActorNotFound: the store holds no description of the actor.
    """
    pairs = _description(store, actor_id)
    if not pairs:
        raise ActorNotFound(actor_id)
    values: dict[str, list[str]] = {}
    for prop, value in pairs:
        values.setdefault(prop, []).append(value)
    labels = sorted(set(values.get(PREFIXES["rdfs"] + "label", [])))
    types = sorted(_local(t) for t in values.get(PREFIXES["rdf"] + "type", []))
    # An actor described in several graphs may carry the generic class as well.
    specific = [t for t in types if t in _ACTOR_TYPES] or types or ["Actor"]
    prefix = store.iris.base + "actor/"
    part_of = sorted(
        store.iris.actor_id(p) for p in values.get(str(KGO.partOf), []) if p.startswith(prefix)
    )
    leads = sorted(
        store.iris.actor_id(g) for g in values.get(str(KGO.leads), []) if g.startswith(prefix)
    )
    detail: dict[str, Any] = {
        "id": actor_id,
        "label": labels[0] if labels else actor_id,
        "type": specific[0],
        "labels": tuple(labels),
        "aliases": tuple(sorted(set(values.get(PREFIXES["skos"] + "altLabel", [])))),
        "country": min(values[str(KGO.country)]) if str(KGO.country) in values else None,
        "wikidata": min(values[str(KGO.wikidata)]) if str(KGO.wikidata) in values else None,
        "same_as": tuple(sorted(set(values.get(PREFIXES["owl"] + "sameAs", [])))),
        "part_of": tuple(part_of),
        "leads": tuple(leads),
    }
    if graph is not None:
        detail.update(_graph_summary(graph, actor_id, top=top))
    return ActorDetail(**detail)


def _graph_summary(graph: ActorGraph, actor_id: str, *, top: int) -> dict[str, Any]:
    if actor_id not in graph:
        return {"degree": 0, "in_degree": 0, "out_degree": 0, "top_relations": ()}
    edges: Counter[tuple[str, Literal["out", "in"]]] = Counter()
    evidence: Counter[tuple[str, Literal["out", "in"]]] = Counter()
    for _, _, relation, data in graph.out_edges(actor_id, keys=True, data=True):
        edges[relation, "out"] += 1
        evidence[relation, "out"] += int(data.get("evidence", 0))
    for _, _, relation, data in graph.in_edges(actor_id, keys=True, data=True):
        edges[relation, "in"] += 1
        evidence[relation, "in"] += int(data.get("evidence", 0))
    ranked = sorted(edges, key=lambda key: (-evidence[key], -edges[key], key))
    return {
        "degree": int(graph.degree(actor_id)),
        "in_degree": int(graph.in_degree(actor_id)),
        "out_degree": int(graph.out_degree(actor_id)),
        "top_relations": tuple(
            RelationCount(
                relation=relation,
                direction=direction,
                edges=edges[relation, direction],
                evidence=evidence[relation, direction],
            )
            for relation, direction in ranked[:top]
        ),
    }


def _in_graph(graph: ActorGraph, actor_id: str, store: Store | None) -> bool:
    """Return whether the actor is a node; raise if it is neither a node nor in ``store``.

    Without ``store``, graph membership alone decides.
    """
    if actor_id in graph:
        return True
    if store is not None and actor_exists(store, actor_id):
        return False
    raise ActorNotFound(actor_id)
