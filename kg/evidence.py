"""The assertions behind the graph: evidence of an edge, and an actor's timeline.

Both read the store with one targeted SPARQL query (anchored on the edge's subject, or
on the actor), never the whole store: the statement nodes hold what the projection
leaves out (the sentence and its offsets, the mentions, the attribution, the article).

- :func:`edge_evidence`: every assertion of one (subject, relation, object);
- :func:`timeline`: the assertions an actor takes part in, by date.

Both sort by date (the event date, else the article's), then article, then place in the
article, and are cut into pages with the cursors of :mod:`kg.query`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode

from kg.errors import ActorNotFound, UnknownNameError
from kg.query import (
    MODALITIES,
    CursorKey,
    Page,
    actor_exists,
    decode_cursor,
    encode_cursor,
)
from kg.store import Row, Store
from kg.types import Relation
from kg.vocab import KGO, PREFIXES

__all__ = [
    "ArticleRef",
    "Evidence",
    "MentionSpan",
    "edge_evidence",
    "parse_edge_id",
    "timeline",
]

_RELATIONS = frozenset(r.value for r in Relation)

_PREFIXES = f"""
PREFIX kgo: <{KGO}>
PREFIX rdf: <{PREFIXES["rdf"]}>
PREFIX dct: <{PREFIXES["dct"]}>
PREFIX prov: <{PREFIXES["prov"]}>
"""

_CURSOR_TYPES = (str, str, int, str)


@dataclass(frozen=True, slots=True, kw_only=True)
class MentionSpan:
    """A stretch of an article's text, by character offsets into its ``text``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleRef:
    """The article an assertion was read from."""

    id: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """One assertion with everything that backs it.

    Attributes:
        id: the assertion's id (the last segment of its IRI).
        date: the event date, else the article's date (ISO 8601), if any.
        event_date: the date the sentence gives for the event, if any.
        modality: ``asserted``, ``alleged``, ``denied`` or ``hypothetical``.
        attributed_to: the id of the actor the sentence attributes it to ("according
            to ...").
        location: the id of the place the sentence names.
        sentence: the sentence, with its offsets in the article.
        subject_mention: how the sentence names the subject.
        object_mention: how the sentence names the object.
    """

    id: str
    subject: str
    relation: str
    object: str
    modality: str
    confidence: float
    date: str | None
    event_date: str | None
    article: ArticleRef
    sentence: MentionSpan
    subject_mention: MentionSpan | None = None
    object_mention: MentionSpan | None = None
    attributed_to: str | None = None
    location: str | None = None
    role: str | None = None
    rule: str | None = None


def parse_edge_id(edge: str) -> tuple[str, str, str]:
    """Split an edge id ``subject|relation|object`` (see :func:`kg.export.edge_id`).

    The relation is the first part that names one, so actor ids may hold ``|``.

    >>> parse_edge_id("iran|supports|houthis")
    ('iran', 'supports', 'houthis')

    Raises:
        ValueError: the id has no relation between two non-empty actor ids.
    """
    parts = edge.split("|")
    for i in range(1, len(parts) - 1):
        if parts[i] in _RELATIONS:
            subject, obj = "|".join(parts[:i]), "|".join(parts[i + 1 :])
            if subject and obj:
                return subject, parts[i], obj
    raise ValueError(
        f"Not an edge id: {edge!r}. An edge id is subject|relation|object, "
        "e.g. iran|supports|houthis"
    )


def _check_modalities(modalities: Iterable[str] | None) -> list[str] | None:
    if modalities is None:
        return None
    names = sorted(set(modalities))
    for name in names:
        if name not in MODALITIES:
            raise UnknownNameError("modality", name, MODALITIES)
    return names or None


def _check_relations(relations: Iterable[str] | None) -> list[str] | None:
    if relations is None:
        return None
    names = sorted(set(relations))
    for name in names:
        if name not in _RELATIONS:
            raise UnknownNameError("relation", name, _RELATIONS)
    return names or None


def _string(text: str) -> str:
    return str(Literal(text))


def _keyset(after: CursorKey | None) -> str:
    """Return a FILTER that keeps the rows after the sort key ``after``."""
    if after is None:
        return ""
    day, article, start, node = (_string(after[0]), _string(after[1]), int(after[2]), after[3])
    node_literal = _string(node)
    return f"""FILTER (?day > {day} || (?day = {day} && (?articleKey > {article}
      || (?articleKey = {article} && (?start > {start}
      || (?start = {start} && ?nodeKey > {node_literal}))))))"""


def _select(
    store: Store,
    anchor: str,
    *,
    filters: list[str],
    limit: int,
    cursor: str | None,
    kind: str,
) -> Page[Evidence]:
    if limit < 0:
        raise ValueError(f"limit must be >= 0, not {limit}")
    after = decode_cursor(cursor, kind, _CURSOR_TYPES) if cursor else None
    sparql = f"""{_PREFIXES}
    SELECT ?a ?s ?rel ?o ?modality ?confidence ?eventDate ?attributedTo ?location ?role
           ?article ?title ?articleDate ?url ?publisher ?sentence ?start ?end ?rule
           ?subjectText ?subjectStart ?subjectEnd ?objectText ?objectStart ?objectEnd
           ?day ?articleKey ?nodeKey
    WHERE {{
      GRAPH ?g {{
        {anchor}
        ?a kgo:subject ?s ; kgo:relation ?rel ; kgo:object ?o ; kgo:modality ?modality ;
           kgo:confidence ?confidence ; prov:wasDerivedFrom ?m .
        ?m kgo:article ?article ; kgo:sentence ?sentence ; kgo:start ?start ; kgo:end ?end .
        OPTIONAL {{ ?a kgo:eventDate ?eventDate }}
        OPTIONAL {{ ?a kgo:attributedTo ?attributedTo }}
        OPTIONAL {{ ?a kgo:location ?location }}
        OPTIONAL {{ ?a kgo:role ?role }}
        OPTIONAL {{ ?m kgo:rule ?rule }}
        OPTIONAL {{ ?m kgo:subjectText ?subjectText ; kgo:subjectStart ?subjectStart ;
                       kgo:subjectEnd ?subjectEnd }}
        OPTIONAL {{ ?m kgo:objectText ?objectText ; kgo:objectStart ?objectStart ;
                       kgo:objectEnd ?objectEnd }}
        OPTIONAL {{ ?article dct:title ?title }}
        OPTIONAL {{ ?article dct:date ?articleDate }}
        OPTIONAL {{ ?article dct:source ?url }}
        OPTIONAL {{ ?article dct:publisher ?publisher }}
      }}
      BIND (COALESCE(STR(?eventDate), STR(?articleDate), "") AS ?day)
      BIND (STR(?article) AS ?articleKey)
      BIND (STR(?a) AS ?nodeKey)
      {" ".join(filters)}
      {_keyset(after)}
    }}
    ORDER BY ?day ?articleKey ?start ?nodeKey
    LIMIT {int(limit) + 1}
    """
    rows = store.select(sparql)
    items = tuple(_evidence(store, row) for row in rows[:limit])
    next_cursor = None
    if len(rows) > limit and limit > 0:
        last = rows[limit - 1]
        key = (
            last["day"].value,
            last["articleKey"].value,
            int(last["start"].value),
            last["nodeKey"].value,
        )
        next_cursor = encode_cursor(kind, key)
    return Page(items=items, next_cursor=next_cursor)


def _value(row: Row, name: str) -> str | None:
    term = row.get(name)
    return term.value if term is not None else None


def _span(row: Row, prefix: str) -> MentionSpan | None:
    text, start, end = (_value(row, prefix + s) for s in ("Text", "Start", "End"))
    if text is None or start is None or end is None:
        return None
    return MentionSpan(text=text, start=int(start), end=int(end))


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _actor_id(store: Store, iri: str | None) -> str | None:
    if iri is None:
        return None
    try:
        return store.iris.actor_id(iri)
    except ValueError:  # an IRI minted elsewhere: give it whole
        return iri


def _evidence(store: Store, row: Row) -> Evidence:
    event_date = _value(row, "eventDate")
    article_date = _value(row, "articleDate")
    return Evidence(
        id=_local(row["a"].value),
        subject=_actor_id(store, row["s"].value) or "",
        relation=_local(row["rel"].value),
        object=_actor_id(store, row["o"].value) or "",
        modality=_local(row["modality"].value).lower(),
        confidence=float(row["confidence"].value),
        date=event_date or article_date,
        event_date=event_date,
        article=ArticleRef(
            id=store.iris.article_id(row["article"].value),
            title=_value(row, "title"),
            date=article_date,
            url=_value(row, "url"),
            source=_value(row, "publisher"),
        ),
        sentence=MentionSpan(
            text=row["sentence"].value, start=int(row["start"].value), end=int(row["end"].value)
        ),
        subject_mention=_span(row, "subject"),
        object_mention=_span(row, "object"),
        attributed_to=_actor_id(store, _value(row, "attributedTo")),
        location=_actor_id(store, _value(row, "location")),
        role=_value(row, "role"),
        rule=_value(row, "rule"),
    )


def _date_filters(since: dt.date | None, until: dt.date | None) -> list[str]:
    if since is not None and until is not None and since > until:
        raise ValueError(f"since ({since}) is after until ({until})")
    filters = []
    if since is not None:
        filters.append(f'FILTER (?day != "" && ?day >= {_string(since.isoformat())})')
    if until is not None:
        filters.append(f'FILTER (?day != "" && ?day <= {_string(until.isoformat())})')
    return filters


def _modality_filter(modalities: list[str] | None) -> list[str]:
    if modalities is None:
        return []
    terms = ", ".join(f"kgo:{name.capitalize()}" for name in modalities)
    return [f"FILTER (?modality IN ({terms}))"]


def _require(store: Store, actor_id: str) -> NamedNode:
    if not actor_exists(store, actor_id):
        raise ActorNotFound(actor_id)
    return NamedNode(store.iris.actor(actor_id))


def edge_evidence(
    store: Store,
    subject: str,
    relation: str,
    object: str,
    *,
    modalities: Iterable[str] | None = ("asserted", "alleged"),
    limit: int = 50,
    cursor: str | None = None,
) -> Page[Evidence]:
    """Return the assertions of one (subject, relation, object), oldest first.

    Args:
        store: the store.
        subject: the subject's actor id.
        relation: the relation (a :class:`~kg.types.Relation` value).
        object: the object's actor id.
        modalities: keep assertions of these modalities; by default those that make the
            edge (asserted and alleged), ``None`` for all four.
        limit: the page size.
        cursor: where the page starts (``next_cursor`` of the previous page).

    Raises:
        ActorNotFound: the subject or the object is not in the store.
        UnknownNameError: the relation or a modality is not known.
        InvalidCursor: the cursor was not handed out for evidence.
    """
    if relation not in _RELATIONS:
        raise UnknownNameError("relation", relation, _RELATIONS)
    names = _check_modalities(modalities)
    subject_node, object_node = _require(store, subject), _require(store, object)
    anchor = (
        f"?a kgo:subject {subject_node} ; kgo:relation kgo:{relation} ; kgo:object {object_node} ."
    )
    return _select(
        store,
        anchor,
        filters=_modality_filter(names),
        limit=limit,
        cursor=cursor,
        kind="evidence",
    )


def timeline(
    store: Store,
    actor: str | None = None,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    relations: Iterable[str] | None = None,
    modalities: Iterable[str] | None = None,
    limit: int = 50,
    cursor: str | None = None,
) -> Page[Evidence]:
    """Return assertions by date: those an actor takes part in, or every one.

    Args:
        store: the store.
        actor: keep assertions where this actor is the subject or the object; ``None``
            for all (then narrow with ``since`` and ``until``: the store's assertions
            in the period are sorted).
        since: keep assertions dated on or after this day (undated ones are dropped).
        until: keep assertions dated on or before this day.
        relations: keep these relations.
        modalities: keep these modalities (all four by default).
        limit: the page size.
        cursor: where the page starts.

    Raises:
        ActorNotFound: the actor is not in the store.
        UnknownNameError: a relation or a modality is not known.
        InvalidCursor: the cursor was not handed out for a timeline.
        ValueError: ``since`` is after ``until``.
    """
    filters = _date_filters(since, until) + _modality_filter(_check_modalities(modalities))
    names = _check_relations(relations)
    if names is not None:
        filters.append(f"FILTER (?rel IN ({', '.join(f'kgo:{n}' for n in names)}))")
    anchor = "?a rdf:type kgo:Assertion ."
    if actor is not None:
        node = _require(store, actor)
        anchor = f"{{ ?a kgo:subject {node} }} UNION {{ ?a kgo:object {node} }}"
    return _select(store, anchor, filters=filters, limit=limit, cursor=cursor, kind="timeline")
